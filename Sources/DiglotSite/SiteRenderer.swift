import DiglotModel
import DiglotXML

/// Renders the files of a planned site. Each file depends only on the plan, the templates and the
/// options, so any page can be rendered again on its own. A class: every page's deferred
/// rendering shares the one renderer, rather than holding a copy of the plan's references.
public final class SiteRenderer: Sendable {
  public let plan: SitePlan
  public let templates: Templates
  public let options: SiteOptions
  /// Dates a page: given its path and its bytes without the date, the date its content last
  /// changed; nil leaves the page's revision line out.
  public let revised: @Sendable (_ path: String, _ content: [UInt8]) -> CalendarDate?
  /// At most this many URLs in a sitemap file, the sitemap protocol's limit.
  public let urlsPerSitemap: Int

  public init(
    plan: SitePlan, templates: Templates, options: SiteOptions, urlsPerSitemap: Int = 50_000,
    revised: @escaping @Sendable (_ path: String, _ content: [UInt8]) -> CalendarDate? = { _, _ in nil }
  ) {
    self.plan = plan
    self.templates = templates
    self.options = options
    self.urlsPerSitemap = urlsPerSitemap
    self.revised = revised
  }

  /// One page, through the page template.
  public func render(_ page: Page) -> SiteFile {
    let context = PageContext(
      plan: plan, page: page, options: options, words: templates.words, templatePages: templates.pages)
    let filler = SlotFiller(context: context, title: context.pageTitle)
    let path = context.path
    var writer = HTMLWriter()
    // Where the revision line goes: it is filled last, once the rest of the page dates it.
    var revision: (element: MarkupElement, offset: Int)?
    writer.doctype()
    for part in templates.parts {
      switch part {
      case .fixed(let bytes):
        writer.append(written: bytes)
      case .htmlStart(var element):
        element[attribute: "lang"] = context.language.tag
        writer.startTag(element)
      case .element(let element) where element[attribute: "data-slot"] == Slot.revised.rawValue:
        revision = (element, writer.count)
      case .element(let element):
        writer.write(filler.fill([.element(element)]))
      case .headEnd:
        writer.write(context.headLinks(title: filler.title).flatMap { [$0, .text("\n")] })
      }
    }
    writer.endWithNewline()
    var contents = writer.bytes
    if let revision, let date = revised(path, contents) {
      var line = HTMLWriter()
      line.write(filler.fill(revision.element, date: date))
      contents.insert(contentsOf: line.bytes, at: revision.offset)
    }
    return SiteFile(path: path, contents: contents)
  }
}

/// Fills the template's slots for one page, and makes the template's root-relative URLs
/// relative to the page.
private struct SlotFiller {
  let context: PageContext
  /// The page's title, worked out once.
  let title: String

  func fill(_ nodes: [MarkupNode]) -> [MarkupNode] {
    nodes.compactMap { node in
      guard case .element(var element) = node else { return node }
      for name in Templates.urlAttributes {
        if let value = element[attribute: name], Templates.isRootRelative(value) {
          element[attribute: name] = context.link(toFile: value)
        }
      }
      guard let name = element[attribute: "data-slot"], let slot = Slot(rawValue: name) else {
        element.children = fill(element.children)
        return .element(element)
      }
      element[attribute: "data-slot"] = nil
      guard let children = content(of: slot, in: &element) else { return nil }
      element.children = children
      return .element(element)
    }
  }

  /// The revision line's element, filled with the date: `Last revision date: 27 November 2026`.
  func fill(_ element: MarkupElement, date: CalendarDate) -> [MarkupNode] {
    var element = element
    element[attribute: "data-slot"] = nil
    let time = MarkupNode.element(
      "time", ["datetime": date.description], [.text(Labels.date(date, in: context.language))])
    let words = context.labels.revised.components(separatedBy: "{date}")
    element.children = [.text(words[0])] + words.dropFirst().flatMap { [time, .text($0)] }
    return [.element(element)]
  }

  /// What a slot holds on this page; `nil` leaves the slot's element out.
  private func content(of slot: Slot, in element: inout MarkupElement) -> [MarkupNode]? {
    switch slot {
    case .title:
      return [.text(title)]
    case .skipLink:
      return [.text(context.labels.skipToContent)]
    case .language:
      // A <nav> is a landmark and needs a name; a <div> may not have one.
      if element.name == "nav" { element[attribute: "aria-label"] = context.labels.language }
      return [context.languageSwitch()]
    case .conversionNote:
      guard context.language.isConverted else { return nil }
      return [.text(context.labels.conversionNote)]
    case .breadcrumbs:
      guard let trail = context.breadcrumbs() else { return nil }
      element[attribute: "aria-label"] = context.labels.breadcrumb
      return [trail]
    case .content:
      return context.content()
    case .siteName:
      let home = Page(.home, context.language)
      return [.element("a", ["href": context.link(to: home)], [.text(context.labels.siteName)])]
    case .feed:
      return context.feedLink().map {
        [.element("a", ["href": $0, "type": "application/atom+xml"], [.text(context.labels.feed)])]
      }
    case .search:
      return context.searchBox(in: &element)
    case .footerLinks:
      return context.footerLinks()
    case .printLine:
      return context.printLine()
    case .revised:
      // Filled by the renderer, which dates the page by the rest of it.
      return nil
    case .textSize:
      element[attribute: "role"] = "group"
      element[attribute: "aria-label"] = context.labels.textSize
      let steps = [
        ("1", context.labels.textSizeNormal), ("2", context.labels.textSizeLarger),
        ("3", context.labels.textSizeLargest),
      ]
      // Each button shows a letter `A` of its size, and names its step to screen readers.
      return lines(
        steps.map { step, name in
          .element(
            "button", ["type": "button", "class": "text-size-\(step)", "data-text-size": step, "title": name],
            [.text("A"), .element("span", ["class": "visually-hidden"], [.text(" " + name)])])
        })
    }
  }
}
