import Diagnostics

/// One file read from `Content/` or `Theme/`, before anything is made of it.
public struct SourceFile: Sendable, Hashable {
    /// The path inside its folder, with `/` separators: `pages/about.md`.
    public let path: String
    /// The path as the user should see it in a message: `Content/pages/about.md`.
    public let displayPath: String
    public let bytes: [UInt8]

    public init(path: String, displayPath: String, bytes: [UInt8]) {
        self.path = path
        self.displayPath = displayPath
        self.bytes = bytes
    }

    public init(path: String, displayPath: String? = nil, text: String) {
        self.init(path: path, displayPath: displayPath ?? path, bytes: Array(text.utf8))
    }

    public func location(line: Int = 1, column: Int = 1) -> SourceLocation {
        SourceLocation(file: displayPath, line: line, column: column)
    }

    /// The file name without its folder: `about.md`.
    public var fileName: Substring {
        path.split(separator: "/").last ?? Substring(path)
    }

    /// The file name without its extension: `about`.
    public var baseName: String {
        let name = fileName
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return String(name) }
        return String(name[..<dot])
    }

    public var pathExtension: String {
        let name = fileName
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return String(name[name.index(after: dot)...]).lowercased()
    }

    /// The file's text: UTF-8, without a byte-order mark, with Windows line endings made `\n`.
    /// An error names the line and column of the first byte that is not UTF-8.
    public func text() -> Result<String, Diagnostic> {
        var bytes = self.bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let decoded = String(validating: bytes, as: UTF8.self) else {
            let (line, column) = firstInvalidUTF8Position(bytes)
            return .failure(
                .error(
                    "the file is not UTF-8 text",
                    at: location(line: line, column: column),
                    hint: "save the file as UTF-8 (most editors offer this in \"Save as\" or \"Encoding\")"
                ))
        }
        if bytes.withUnsafeBufferPointer({ $0.firstOffset(of: 0x0D) }) == nil { return .success(decoded) }
        return .success(decoded.replacingCRLF())
    }

    private func firstInvalidUTF8Position(_ bytes: ArraySlice<UInt8>) -> (Int, Int) {
        var line = 1
        var column = 1
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .emptyInput, .error:
                return (line, column)
            }
        }
    }
}

extension String {
    func replacingCRLF() -> String {
        var result = ""
        result.reserveCapacity(utf8.count)
        var previousWasCR = false
        for scalar in unicodeScalars {
            if previousWasCR && scalar != "\n" { result.unicodeScalars.append("\n") }
            previousWasCR = scalar == "\r"
            if !previousWasCR { result.unicodeScalars.append(scalar) }
        }
        if previousWasCR { result.unicodeScalars.append("\n") }
        return result
    }
}
