// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "Diglot",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "diglot", targets: ["diglot"]),
    .library(name: "DiglotModel", targets: ["DiglotModel"]),
    .library(name: "DiglotFigures", targets: ["DiglotFigures"]),
    .library(name: "DiglotReader", targets: ["DiglotReader"]),
    .library(name: "DiglotInput", targets: ["DiglotInput"]),
    .library(name: "DiglotCorpus", targets: ["DiglotCorpus"]),
    .library(name: "DiglotSite", targets: ["DiglotSite"]),
    .library(name: "DiglotBuild", targets: ["DiglotBuild"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
  ],
  targets: [
    // libxml2 from the system; only DiglotXML imports it.
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]
    ),
    // The thin, memory-safe wrapper around libxml2: the one home of its pointers.
    .target(name: "DiglotXML", dependencies: ["CLibXML2"]),
    // OpenCC from the system; only DiglotOpenCC imports it.
    .systemLibrary(
      name: "COpenCC",
      pkgConfig: "opencc",
      providers: [.apt(["libopencc-dev"])]
    ),
    // The thin wrapper around OpenCC (Chinese script conversion): the one home of its pointers.
    .target(name: "DiglotOpenCC", dependencies: ["COpenCC"]),
    // Poppler (PDF) from the system, through its GLib interface; only DiglotPoppler imports it.
    .systemLibrary(
      name: "CPoppler",
      pkgConfig: "poppler-glib",
      providers: [.apt(["libpoppler-glib-dev", "poppler-data"])]
    ),
    // The thin wrapper around poppler (a PDF's pages as Swift values): the one home of its pointers.
    .target(name: "DiglotPoppler", dependencies: ["CPoppler"]),
    // The document tree: value types, no I/O.
    .target(name: "DiglotModel"),
    // Finding, normalising and pairing figures in Chinese and English text.
    .target(name: "DiglotFigures", dependencies: ["DiglotModel"]),
    // Slide text to Document, with diagnostics.
    .target(name: "DiglotReader", dependencies: ["DiglotModel", "DiglotFigures"]),
    // The system calls Linux has and the Glibc module does not declare (renameat2, syncfs).
    .target(name: "CFileSystem"),
    // The file system: file stamps, whole-file reads, open folders and what the publish does in
    // them.
    .target(name: "DiglotFileSystem", dependencies: ["CFileSystem"]),
    // Finding and reading the input files of a folder, with their settings files.
    .target(
      name: "DiglotInput",
      dependencies: ["DiglotModel", "DiglotReader", "DiglotFileSystem", "DiglotDeck", "DiglotPPTX", "DiglotPDF"]),
    // Decks (PPTX, PDF) written out as slide text, located by slide. No I/O.
    .target(name: "DiglotDeck", dependencies: ["DiglotModel"]),
    // PowerPoint decks (.pptx) read as slide text: the only home of the ZIP library.
    .target(
      name: "DiglotPPTX",
      dependencies: [
        "DiglotDeck", "DiglotModel", "DiglotXML", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]
    ),
    // A PDF deck's pages (from DiglotPoppler) written out as slide text. No I/O.
    .target(name: "DiglotPDF", dependencies: ["DiglotDeck", "DiglotPoppler", "DiglotModel"]),
    // What the addresses say together: initiatives, figure tables, comparisons. No I/O.
    .target(name: "DiglotCorpus", dependencies: ["DiglotModel"]),
    // Site plan, rendering through templates, writing Output/.
    .target(
      name: "DiglotSite",
      dependencies: ["DiglotModel", "DiglotCorpus", "DiglotXML", "DiglotOpenCC", "DiglotFileSystem"]),
    // A build as a recipe: read what changed, render what can have changed, publish, remember.
    .target(
      name: "DiglotBuild",
      dependencies: ["DiglotModel", "DiglotReader", "DiglotCorpus", "DiglotSite", "DiglotFileSystem", "DiglotInput"]),
    // Serving the output folder over HTTP, with live reload: the only home of the HTTP library.
    .target(
      name: "DiglotServe",
      dependencies: [
        .product(name: "FlyingFox", package: "FlyingFox"), .product(name: "FlyingSocks", package: "FlyingFox"),
      ]
    ),
    .executableTarget(
      name: "diglot",
      dependencies: [
        "DiglotModel", "DiglotReader", "DiglotCorpus", "DiglotSite", "DiglotBuild", "DiglotServe",
        "DiglotFileSystem", "DiglotInput",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // What the test targets share: the package's root, golden files, temporary folders.
    .target(name: "DiglotTestSupport", path: "Tests/DiglotTestSupport"),
    .testTarget(name: "DiglotModelTests", dependencies: ["DiglotModel"]),
    .testTarget(name: "DiglotFiguresTests", dependencies: ["DiglotFigures", "DiglotModel"]),
    .testTarget(
      name: "DiglotReaderTests",
      dependencies: ["DiglotReader", "DiglotModel", "DiglotTestSupport"],
      exclude: ["Golden", "Variants"]  // read, and goldens recorded, in place
    ),
    .testTarget(name: "DiglotXMLTests", dependencies: ["DiglotXML"]),
    .testTarget(
      name: "DiglotDeckTests", dependencies: ["DiglotDeck", "DiglotModel"],
      exclude: ["Decks"]  // made by scripts/make-decks; read in place
    ),
    .testTarget(
      name: "DiglotPPTXTests",
      dependencies: [
        "DiglotPPTX", "DiglotDeck", "DiglotReader", "DiglotModel", "DiglotTestSupport",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]
    ),
    .testTarget(
      name: "DiglotPDFTests",
      dependencies: [
        "DiglotPDF", "DiglotPoppler", "DiglotPPTX", "DiglotDeck", "DiglotReader", "DiglotModel", "DiglotTestSupport",
      ],
      exclude: ["PDFs"]  // read in place
    ),
    .testTarget(
      name: "DiglotCorpusTests", dependencies: ["DiglotCorpus", "DiglotReader", "DiglotModel", "DiglotTestSupport"]),
    .testTarget(name: "DiglotOpenCCTests", dependencies: ["DiglotOpenCC"]),
    .testTarget(
      name: "DiglotSiteTests",
      dependencies: [
        "DiglotSite", "DiglotReader", "DiglotCorpus", "DiglotModel", "DiglotFileSystem", "DiglotTestSupport",
      ],
      exclude: ["Golden"]  // read and recorded in place by GoldenTests
    ),
    .testTarget(
      name: "DiglotBuildTests",
      dependencies: [
        "DiglotBuild", "DiglotSite", "DiglotModel", "DiglotReader", "DiglotXML", "DiglotFileSystem",
        "DiglotTestSupport",
      ]),
    .testTarget(
      name: "DiglotCommandTests", dependencies: ["diglot", "DiglotTestSupport"],
      exclude: ["Golden"]  // read and recorded in place by CommandGoldenTests
    ),
    .testTarget(
      name: "DiglotServeTests",
      dependencies: ["DiglotServe", "DiglotTestSupport", .product(name: "FlyingFox", package: "FlyingFox")]
    ),
  ]
)

// The fuzzing targets (scripts/fuzz): declared only when it builds them, with -sanitize=fuzzer,
// which links libFuzzer's main.
if Context.environment["DIGLOT_FUZZ"] == "1" {
  package.targets += [
    .systemLibrary(name: "CLibFuzzer", path: "Fuzz/LibFuzzer"),
    .executableTarget(name: "FuzzReader", dependencies: ["CLibFuzzer", "DiglotReader"], path: "Fuzz/Reader"),
    .executableTarget(name: "FuzzTemplates", dependencies: ["CLibFuzzer", "DiglotSite"], path: "Fuzz/Templates"),
  ]
}
