/// Files that editors write beside the one being saved (swap files, backups, safe-save
/// temporaries). A save makes several; the preview neither rebuilds for them nor names them.
public enum EditorFiles {
    public static func isTemporary(_ path: String) -> Bool {
        guard let name = path.split(separator: "/").last.map(String.init) else { return false }
        if name.hasPrefix(".") || name.hasSuffix("~") || name == "4913" { return true }
        if name.hasPrefix("#"), name.hasSuffix("#") { return true }
        let temporarySuffixes = [".swp", ".swo", ".swx", ".tmp", ".kate-swp", "___jb_tmp___", "___jb_old___", ".crswap"]
        return temporarySuffixes.contains { name.hasSuffix($0) }
    }
}
