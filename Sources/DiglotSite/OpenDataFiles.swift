import DiglotCorpus
import DiglotModel
import Foundation

/// The site's open data: `figures.csv` and `figures.json` per address and for the whole site,
/// and `document.json` per address, under `data/`.
extension SitePlan {
  /// The paths of an address's data files: `data/2024-02-28-budget/figures.csv` …
  public func openDataPaths(ofAddress index: Int) -> [String] {
    let folder = "data/\(addresses[index].slug)/"
    return ["document.json", "figures.csv", "figures.json"].map { folder + $0 }
  }

  /// The paths of the whole site's data files.
  public static let siteOpenDataPaths = ["data/figures.csv", "data/figures.json"]
}

extension SiteOptions {
  /// The columns of the figure files: the fixed ones, then the page in each language, in the
  /// order of `SitePlan.languages`.
  var figureColumns: [FigureRecord.Column] {
    FigureRecord.columns(
      pages: Set(languages).sorted().map { language in
        FigureRecord.Column(
          name: "url_" + language.folder.replacingOccurrences(of: "-", with: "_"),
          en: "The page the figure stands on, in \(language.name)" + (base == nil ? ", from the site's root" : ""),
          zh: "數字所在網頁（\(language.name)）" + (base == nil ? "，由網站根目錄起計" : ""))
      })
  }
}

extension SiteRenderer {
  /// The bytes of an address's data file `file`, an index of `SitePlan.openDataPaths(ofAddress:)`.
  func openData(ofAddress index: Int, file: Int) -> [UInt8] {
    if file == 0 { return OpenData.document(plan.addresses[index].document) }
    let records = figureRecords(ofAddress: index)
    let columns = options.figureColumns
    return file == 1 ? OpenData.csv(records, columns: columns) : OpenData.json(records, columns: columns)
  }

  /// The bytes of the whole site's data file `file`, an index of `SitePlan.siteOpenDataPaths`:
  /// every address's figures, newest address first, as its own file of the same kind has them.
  ///
  /// - Parameter published: the bytes of an address's own file of that kind, where the published
  ///   site holds them as they are now; copied, they are far quicker than made again (a site of a
  ///   thousand addresses has some 25 MB of them).
  func siteOpenData(file: Int, published: @escaping (Int) -> [UInt8]?) -> [UInt8] {
    let columns = options.figureColumns
    let own = file + 1
    if own == 1 {
      return OpenData.csv(
        rows: plan.addresses.indices.lazy.map { index in
          published(index).flatMap { OpenData.csvRows(of: $0, columns: columns) }
            ?? OpenData.csvRows(of: self.openData(ofAddress: index, file: own), columns: columns) ?? []
        }, columns: columns)
    }
    return OpenData.json(
      objects: plan.addresses.indices.lazy.map { index in
        published(index).flatMap(OpenData.jsonObjects(of:))
          ?? OpenData.jsonObjects(of: self.openData(ofAddress: index, file: own)) ?? []
      })
  }

  private func figureRecords(ofAddress index: Int) -> [FigureRecord] {
    let document = plan.addresses[index].document
    return document.placedFigures.map { placed in
      let kind: Page.Kind = placed.area.map { .area(address: index, area: $0) } ?? .address(index)
      let pages = plan.languages.map { language in
        let path = plan.path(of: Page(kind, language))
        return (options.base ?? "") + path
      }
      return FigureRecord(document: document, placed: placed, address: plan.addresses[index].slug, pages: pages)
    }
  }
}
