import DiglotOpenCC
import Testing

/// OpenCC through the wrapper, with the configurations Diglot uses. The expected Simplified forms
/// are those of the Simplified Chinese standard (通用规范汉字表), written here by hand.
struct ChineseConverterTests {
  let hongKong = try! ChineseConverter(configuration: "hk2s.json")

  @Test func hongKongVariantsBecomeSimplified() {
    // Hong Kong writes 衞, 敍, 枱, 糭 where Taiwan writes 衛, 敘, 檯, 粽.
    #expect(hongKong.convert("衞生") == "卫生")
    #expect(hongKong.convert("敍述") == "叙述")
    #expect(hongKong.convert("平枱") == "平台")
    #expect(hongKong.convert("糭子") == "粽子")
  }

  @Test func theGenericConfigurationLeavesHongKongVariants() throws {
    // Why the Hong Kong configuration: the generic one knows 衛 but not Hong Kong's 衞.
    let generic = try ChineseConverter(configuration: "t2s.json")
    #expect(generic.convert("衞生") == "衞生")
    #expect(generic.convert("衛生") == "卫生")
  }

  @Test func textOfTheInputIsConverted() {
    #expect(hongKong.convert("創新科技及工業局") == "创新科技及工业局")
    #expect(hongKong.convert("發展數字經濟、推動數碼轉型") == "发展数字经济、推动数码转型")
    // Phrases, not only characters: 乾 is 干 in 乾燥 but stays in 乾隆.
    #expect(hongKong.convert("乾燥") == "干燥")
    #expect(hongKong.convert("乾隆") == "乾隆")
  }

  @Test func everythingElseIsKept() {
    #expect(hongKong.convert("") == "")
    #expect(hongKong.convert("$3 billion") == "$3 billion")
    #expect(hongKong.convert("30億元，約3,000個") == "30亿元，约3,000个")
    #expect(hongKong.convert("第一行\n第二行") == "第一行\n第二行")
    #expect(hongKong.convert("前\0後") == "前\0后")
    #expect(hongKong.convert("👍 é 創科") == "👍 é 创科")
  }

  @Test func convertsOnManyThreadsAtOnce() async {
    let texts = (0..<200).map { "衞生署第\($0)號報告：創新科技" }
    let expected = texts.map { hongKong.convert($0) }
    let converter = hongKong
    let results = await withTaskGroup(of: (Int, String).self) { group in
      for (index, text) in texts.enumerated() { group.addTask { (index, converter.convert(text)) } }
      var results = [String](repeating: "", count: texts.count)
      for await (index, text) in group { results[index] = text }
      return results
    }
    #expect(results == expected)
    #expect(expected[7] == "卫生署第7号报告：创新科技")
  }

  @Test func anUnknownConfigurationIsAnError() {
    #expect(throws: ChineseConverter.OpenError.self) { try ChineseConverter(configuration: "no-such-config.json") }
  }
}
