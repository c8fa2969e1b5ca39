import DiglotCorpus
import DiglotFileSystem
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
  /// An address's data file `file`, an index of `SitePlan.openDataPaths(ofAddress:)`, made as it
  /// is written.
  func openData(ofAddress index: Int, file: Int) -> ByteStream {
    guard file == 0 else { return figureFile(file == 1 ? .csv : .json, of: [index]) { _ in nil } }
    return ByteStream { output in
      OpenData.document(self.plan.addresses[index].document) { piece in
        output.append(piece)
        return !output.isStopped
      }
    }
  }

  /// The whole site's data file `file`, an index of `SitePlan.siteOpenDataPaths`, made as it is
  /// written: every address's figures, newest address first, as its own file of the same kind
  /// has them.
  ///
  /// - Parameter published: the bytes of an address's own file of that kind, where the published
  ///   site holds them as they are now; copied, they are far quicker than made again (a site of a
  ///   thousand addresses has some 25 MB of them).
  func siteOpenData(file: Int, published: @escaping @Sendable (Int) -> [UInt8]?) -> ByteStream {
    figureFile(file == 0 ? .csv : .json, of: plan.addresses.indices, published: published)
  }

  /// The figure file of these addresses, in their order, made as it is written: an address's
  /// records copied from its file in `published` where that is a file of this kind, else made a
  /// few thousand at a time, on all cores.
  private func figureFile(
    _ format: FigureFile.Format, of addresses: some Collection<Int> & Sendable,
    published: @escaping @Sendable (Int) -> [UInt8]?
  ) -> ByteStream {
    ByteStream { output in
      var figures = FigureFile(format, columns: self.options.figureColumns)
      output.append(figures.start)
      var pending: [(address: Int, placed: PlacedFigure)] = []
      func addPending() {
        let format = figures
        let texts = pending.concurrentMap(batchSize: 256) {
          format.text(of: self.figureRecord($0.placed, ofAddress: $0.address))
        }
        for text in texts { output.append(figures.add(text: text)) }
        pending.removeAll(keepingCapacity: true)
      }
      for index in addresses {
        if let own = published(index) {
          addPending()
          if let records = figures.add(recordsOf: own) {
            output.append(records)
            continue
          }
        }
        for placed in self.plan.addresses[index].document.placedFigures {
          pending.append((index, placed))
          if pending.count == 4096 { addPending() }
        }
        if output.isStopped { return }
      }
      addPending()
      output.append(figures.end)
    }
  }

  /// The figure record of a figure of an address.
  private func figureRecord(_ placed: PlacedFigure, ofAddress index: Int) -> FigureRecord {
    let kind: Page.Kind = placed.area.map { .area(address: index, area: $0) } ?? .address(index)
    let pages = plan.languages.map { language in (options.base ?? "") + plan.path(of: Page(kind, language)) }
    return FigureRecord(
      document: plan.addresses[index].document, placed: placed, address: plan.addresses[index].slug, pages: pages)
  }
}
