// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "gongwen",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "GongwenKit", targets: ["GongwenKit"]),
        .executable(name: "gongwen", targets: ["gongwen"]),
        .executable(name: "gongwen-bench", targets: ["gongwen-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(
            name: "GongwenKit",
            dependencies: ["CLibXML2"]
        ),
        .executableTarget(
            name: "gongwen",
            dependencies: [
                "GongwenKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "gongwen-bench",
            dependencies: [
                "GongwenKit",
                "gongwen",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "GongwenKitTests",
            dependencies: ["GongwenKit"],
            exclude: ["Golden"]
        ),
    ]
)
