import DiglotModel
import Foundation
import Testing

@testable import DiglotSite

/// Terms: what the index finds a text by.
@Suite struct SearchTermTests {
  typealias Term = SearchTerms.Term

  /// 〇, the ideographic zero, is a Han character: 二〇二四 is found by its pairs.
  @Test func theIdeographicZeroIsHan() {
    let terms = SearchTerms.terms(in: "二〇二四年")
    #expect(terms.contains(.hanPair("二", "〇")))
    #expect(terms.contains(.hanPair("〇", "二")))
    #expect(!terms.contains(.word("〇")))
  }

  @Test func chinesePairsAreCharactersThatStandTogether() {
    let together = SearchTerms.terms(in: "撥款30億元")
    #expect(together.contains(.hanPair("撥", "款")))
    let apart = SearchTerms.terms(in: "撥出60億元作為款項")
    #expect(apart.contains(.han("撥")) && apart.contains(.han("款")))
    #expect(!apart.contains(.hanPair("撥", "款")))
    // Every character, and every pair within a run of Han characters: none across the digits.
    #expect(
      together == [
        .han("撥"), .han("款"), .hanPair("撥", "款"), .word("30"), .han("億"), .han("元"), .hanPair("億", "元"),
      ])
  }

  @Test func englishWordsAreLowerCasedStemmedAndCommonOnesLeftOut() {
    #expect(
      SearchTerms.terms(in: "The Funding of Start-ups, funded by the Government")
        == [.word("fund"), .word("start"), .word("up"), .word("fund"), .word("government")])
  }

  @Test func fullWidthFormsFoldToPlainOnes() {
    #expect(SearchTerms.terms(in: "ＡＩ５Ｇ：創科") == [.word("ai5g"), .han("創"), .han("科"), .hanPair("創", "科")])
  }

  /// The examples of step 1 in M. F. Porter, "An algorithm for suffix stripping", Program 14(3), 1980.
  @Test func stemmingIsStepOneOfPorters() {
    let examples = [
      "caresses": "caress", "ponies": "poni", "ties": "ti", "caress": "caress", "cats": "cat",
      "feed": "feed", "agreed": "agree", "plastered": "plaster", "bled": "bled", "motoring": "motor", "sing": "sing",
      "conflated": "conflate", "troubled": "trouble", "sized": "size", "hopping": "hop", "tanned": "tan",
      "falling": "fall", "hissing": "hiss", "fizzed": "fizz", "failing": "fail", "filing": "file",
      "happy": "happi", "sky": "sky",
    ]
    for (word, stem) in examples {
      #expect(EnglishStemmer.stem(word) == stem, "\(word)")
    }
    #expect(EnglishStemmer.stem("5g") == "5g")
  }

  @Test func figuresAreFoundByTheirExactValue() {
    let money = Amount(written: "30億元", values: [3_000_000_000])
    #expect(SearchTerms.figureKey(kind: .money, amount: money) == "#3000000000")
    let decimal = Amount(written: "1.8億元", values: [Decimal(string: "180000000")!])
    #expect(SearchTerms.figureKey(kind: .money, amount: decimal) == "#180000000")
    let percent = Amount(written: "2.5%", values: [Decimal(string: "2.5")!])
    #expect(SearchTerms.figureKey(kind: .percent, amount: percent) == "#2.5%")
    let ratio = Amount(written: "1:2", values: [1, 2])
    #expect(SearchTerms.figureKey(kind: .ratio, amount: ratio) == nil)
  }
}

/// The index as written into the site, read back as the script reads it.
@Suite struct SearchIndexTests {
  /// A budget whose area has `撥款` in one bullet and `撥出…款項` in another.
  static let budget: Document = {
    var document = Fixtures.budget
    document.areas[1].topics[0].blocks.append(
      .item(
        Item(
          text: Fixtures.text(
            "撥出2億元作為款項", "Set aside $200 million as funds",
            figures: [Fixtures.money("2億元", after: "撥出", "$200 million", after: "Set aside ", 200_000_000)]))))
    return document
  }()

  let site = Fixtures.site([budget, Fixtures.policyAddress])

  /// One language's index: its terms with their sentences' numbers, and its pages.
  struct Index {
    var terms: [String: [Int]] = [:]
    var termFiles: [String: String] = [:]
    var termFileCount = 0
    /// `[title, path, address, sentences]` for each page, in order.
    var pages: [[Any]] = []

    /// The texts of the sentences that have every one of the terms, with their page's path.
    func find(_ wanted: String...) -> [String] {
      var numbers = Set(terms[wanted[0]] ?? [])
      for term in wanted.dropFirst() { numbers.formIntersection(terms[term] ?? []) }
      var result: [String] = []
      var first = 0
      for page in pages {
        let sentences = page[3] as! [[Any]]
        for (offset, sentence) in sentences.enumerated() where numbers.contains(first + offset) {
          result.append((page[1] as! String) + ": " + (sentence[0] as! String))
        }
        first += sentences.count
      }
      return result
    }
  }

  /// The data a script of the index passes to `diglotSearch.loaded`.
  static func data(_ file: SiteFile?, name: String) throws -> Any {
    let text = try #require(file).text
    let prefix = "diglotSearch.loaded(\"\(name)\","
    #expect(text.hasPrefix(prefix) && text.hasSuffix(");\n"))
    let json = text.dropFirst(prefix.count).dropLast(3)
    return try JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed])
  }

  /// Numbers in seven-bit groups, as base64.
  static func numbers(_ base64: String) throws -> [Int] {
    let bytes = try #require(Data(base64Encoded: base64))
    var numbers: [Int] = []
    var value = 0
    var shift = 0
    for byte in bytes {
      value |= Int(byte & 0x7F) << shift
      shift += 7
      if byte < 0x80 {
        numbers.append(value)
        (value, shift) = (0, 0)
      }
    }
    return numbers
  }

  func index(_ language: String) throws -> Index { try Self.index(language, in: site) }

  /// One language's index in a site.
  static func index(_ language: String, in site: [String: SiteFile]) throws -> Index {
    var index = Index()
    let manifest = try #require(try data(site["\(language)/search/index.js"], name: "index") as? [String: Any])
    index.termFileCount = try #require(manifest["terms"] as? Int)
    for number in 0..<index.termFileCount {
      let name = "terms-\(number)"
      let terms = try #require(try data(site["\(language)/search/\(name).js"], name: name) as? [String: String])
      for (term, postings) in terms {
        var previous = -1
        index.terms[term] = try numbers(postings).map { delta in
          previous += delta + 1
          return previous
        }
        index.termFiles[term] = name
      }
    }
    let pagesPerFile = try #require(manifest["texts"] as? [Int])
    let names = try #require(manifest["files"] as? [String])
    #expect(names.count == pagesPerFile.count)
    for (name, count) in zip(names, pagesPerFile) {
      let pages = try #require(try data(site["\(language)/search/\(name).js"], name: name) as? [[Any]])
      #expect(pages.count == count)
      index.pages += pages
    }
    let sentenceCounts = try numbers(try #require(manifest["pages"] as? String))
    #expect(sentenceCounts == index.pages.map { ($0[3] as! [Any]).count })
    return index
  }

  @Test func aChinesePairFindsOnlyTheCharactersTogether() throws {
    let index = try index("zh-hant")
    let area = "zh-hant/2024-02-29-budget/1-consolidate-hong-kongs-strengths/index.html"
    #expect(index.find("撥款") == ["\(area): 撥款30億元推行為期三年的人工智能資助計劃"])
    #expect(index.find("撥", "款").count == 2)
    #expect(index.find("人工", "工智", "智能") == ["\(area): 人工智能", "\(area): 撥款30億元推行為期三年的人工智能資助計劃"])
  }

  @Test func theSimplifiedIndexHoldsTheSimplifiedText() throws {
    let index = try index("zh-hans")
    let area = "zh-hans/2024-02-29-budget/1-consolidate-hong-kongs-strengths/index.html"
    #expect(index.find("拨款") == ["\(area): 拨款30亿元推行为期三年的人工智能资助计划"])
    #expect(index.find("撥款").isEmpty)
    #expect(try #require(index.find("#3000000000").first).contains("30亿元"))
  }

  @Test func englishWordsAreFoundByTheirStems() throws {
    let index = try index("en")
    let area = "en/2024-02-29-budget/2-develop-i-t-infrastructure/index.html"
    #expect(index.find("fund") == ["\(area): Set aside $200 million as funds"])
    #expect(index.find("the").isEmpty)  // too common to index
    #expect(index.find("launch", "subsidi").count == 1)
  }

  @Test func figuresAreFoundByValueInBothLanguages() throws {
    for (language, sentence) in [("en", "Allocate $3 billion"), ("zh-hant", "撥款30億元")] {
      let found = try index(language).find("#3000000000")
      #expect(found.count == 1 && found[0].contains(sentence), "\(language): \(found)")
    }
    let about = try index("en").find("#180000000")
    #expect(
      about == [
        "en/2024-02-29-budget/2-develop-i-t-infrastructure/index.html: About $180 million to promote new industrialisation"
      ])
  }

  @Test func eachTermIsInTheFileItsHashNames() throws {
    // FNV-1a, 32 bits: the published value for "a".
    #expect(SearchIndex.hash("a") == 0xE40C_292C)
    for language in ["en", "zh-hant"] {
      let index = try index(language)
      #expect(index.terms.count > 50)
      for (term, file) in index.termFiles {
        #expect(file == "terms-\(SearchIndex.hash(term) % UInt32(index.termFileCount))", "\(term)")
      }
    }
  }

  @Test func pagesCarryTheirTitleAddressAndTopics() throws {
    let index = try index("en")
    let area = try #require(
      index.pages.first { ($0[1] as! String).hasSuffix("1-consolidate-hong-kongs-strengths/index.html") })
    #expect(
      area[0] as? String
        == "1. Consolidate Hong Kong's strengths in scientific research and promote development of I&T industries")
    #expect(area[2] as? String == "2024-25 Budget · 29 February 2024")
    let sentences = try #require(area[3] as? [[Any]])
    let bullet = try #require(sentences.first { ($0[0] as? String)?.hasPrefix("Allocate") == true })
    #expect(bullet[1] as? Int == 1)  // in the first topic
    #expect((bullet[2] as? [[String]]) == [["#3000000000", "$3 billion"]])
    let overview = try #require(index.pages.first { $0[1] as? String == "en/2024-02-29-budget/index.html" })
    #expect(overview[0] as? String == "2024-25 Budget")
    #expect(overview[2] as? String == "29 February 2024 · Budget")
  }

  @Test func textIsDataNotCode() throws {
    var document = Fixtures.policyAddress
    let hostile = "\"); alert(1); (\"\\ </script>\u{2028}"
    document.areas[0].topics[0].blocks = [.item(Item(text: Fixtures.text(hostile, hostile)))]
    let site = Fixtures.site([document])
    let name = "texts-2023-10-25-policy-address"
    let file = try #require(site["en/search/\(name).js"])
    #expect(!file.text.contains("\u{2028}"))
    let pages = try #require(try Self.data(file, name: name) as? [[Any]])
    let texts = pages.flatMap { ($0[3] as! [[Any]]).map { $0[0] as! String } }
    #expect(texts.contains(hostile))
  }

  @Test func theSameDocumentsGiveTheSameIndex() {
    let again = Fixtures.site([Self.budget, Fixtures.policyAddress])
    for (path, file) in site where path.contains("/search/") {
      #expect(again[path] == file, "\(path)")
    }
  }
}
