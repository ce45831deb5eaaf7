import Diagnostics
import Foundation
import Model

/// What `tally bundle` made.
public struct BundleReport: Sendable {
    public var build: BuildReport
    public var outputPath: String?
    public var folder: String?
    public var fileCount = 0
    public var zipSHA256: String?
    public var manifestSHA256: String?
}

/// Makes the offline edition into a zip, and checks a zip against its manifest.
public enum Bundler {
    /// The zip's name when none is given: its folder's name, `climate-plan-delivery-2025-07-17.zip`.
    public static func defaultOutput(siteTitle: String, asOf: CivilDate) -> String {
        BundleContents.folderName(siteTitle: siteTitle, asOf: asOf) + ".zip"
    }

    /// Builds the offline edition and writes it as a zip to `output` (or the default name),
    /// whole or not at all.
    public static func make(_ options: BuildOptions, output: String?, today: @escaping @Sendable () -> CivilDate = Builder.today) -> BundleReport {
        var buildOptions = options
        buildOptions.edition = .offline
        if let output {
            do {
                try OutputGuard.checkBundle(output, protected: options.protectedFolders, force: options.force)
            } catch {
                return BundleReport(build: BuildReport(diagnostics: DiagnosticList([error])))
            }
        }
        var report = BundleReport(build: Builder.run(buildOptions, write: false, today: today))
        guard report.build.succeeded, let site = report.build.site, let asOf = report.build.asOf, !site.strings.isEmpty else { return report }

        let contents = BundleContents.make(
            site: site.files, siteTitle: report.build.siteTitle ?? "site", asOf: asOf,
            strings: site.strings)
        let path = output ?? defaultOutput(siteTitle: report.build.siteTitle ?? "site", asOf: asOf)
        do {
            try OutputGuard.checkBundle(path, protected: options.protectedFolders, force: options.force)
        } catch {
            report.build.diagnostics.append(error)
            return report
        }
        if let swept = Leftovers.sweep(besides: path) { report.build.notes.append(swept) }
        do {
            let zip = try BundleArchive.zip(contents, asOf: asOf)
            try writeWhole(zip, to: path)
            report.outputPath = path
            report.folder = contents.folder
            report.fileCount = contents.entries.count
            report.zipSHA256 = BundleContents.sha256Hex(zip)
            report.manifestSHA256 = contents.manifest.map { BundleContents.sha256Hex($0.bytes) }
        } catch {
            report.build.diagnostics.error(
                "the bundle could not be written: \(error.localizedDescription)", at: SourceLocation(file: path),
                hint: "check that there is space on the disk and that the folder can be written")
        }
        return report
    }

    /// Reads the zip at `path` and checks every file in it against its manifest.
    public static func verify(_ path: String, expectedManifest: String? = nil) -> BundleVerifier.Result {
        guard let data = FileManager.default.contents(atPath: path) else {
            var diagnostics = DiagnosticList()
            diagnostics.error("there is no file \(path) to verify", at: nil, hint: "give the path of a zip made by tally bundle")
            return BundleVerifier.Result(diagnostics: diagnostics, checkedFiles: 0, manifestSHA256: nil)
        }
        do throws(BundleArchive.Failure) {
            let unpacked = try BundleArchive.unzip(Array(data))
            return BundleVerifier.verify(unpacked.files, damaged: unpacked.damaged, zipName: path, expectedManifest: expectedManifest)
        } catch {
            var diagnostics = DiagnosticList()
            switch error {
            case .notAZip(let reason), .unreadable(let reason):
                diagnostics.error(reason, at: SourceLocation(file: path), hint: "the file is damaged or is not a bundle; ask for it again")
            }
            return BundleVerifier.Result(diagnostics: diagnostics, checkedFiles: 0, manifestSHA256: nil)
        }
    }

    /// Writes beside the target, then renames, so a reader never sees half a zip.
    static func writeWhole(_ bytes: [UInt8], to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = Leftovers.url(besides: url, kind: .partial)
        try Data(bytes).write(to: temporary)
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: reason])
        }
    }
}
