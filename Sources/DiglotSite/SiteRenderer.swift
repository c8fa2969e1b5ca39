import DiglotModel
import DiglotXML

/// Renders the files of a planned site. Each file depends only on the plan, the templates and the
/// options, so any page can be rendered again on its own.
public struct SiteRenderer: Sendable {
  public let plan: SitePlan
  public let templates: Templates
  public let options: SiteOptions

  public init(plan: SitePlan, templates: Templates, options: SiteOptions) {
    self.plan = plan
    self.templates = templates
    self.options = options
  }

  /// One page, through the page template.
  public func render(_ page: Page) -> SiteFile {
    let context = PageContext(plan: plan, page: page, options: options, words: templates.words)
    let filler = SlotFiller(context: context)
    var writer = HTMLWriter()
    writer.doctype()
    for part in templates.parts {
      switch part {
      case .fixed(let bytes):
        writer.append(written: bytes)
      case .htmlStart(var element):
        element[attribute: "lang"] = context.language.tag
        writer.startTag(element)
      case .element(let element):
        writer.write(filler.fill([.element(element)]))
      case .headEnd:
        writer.write(context.headLinks().flatMap { [$0, .text("\n")] })
      }
    }
    writer.endWithNewline()
    return SiteFile(path: plan.path(of: page), contents: writer.bytes)
  }
}

/// Fills the template's slots for one page, and makes the template's root-relative URLs
/// relative to the page.
private struct SlotFiller {
  let context: PageContext

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

  /// What a slot holds on this page; `nil` leaves the slot's element out.
  private func content(of slot: Slot, in element: inout MarkupElement) -> [MarkupNode]? {
    switch slot {
    case .title:
      return [.text(context.pageTitle)]
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
