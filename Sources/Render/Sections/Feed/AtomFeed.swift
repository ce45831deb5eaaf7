import Crypto
import Foundation
import Markup
import Model

/// An Atom feed (RFC 4287) of the latest published meeting notes and updates, newest first:
/// the 50 latest, as a feed reader shows what is new; the lists of the site hold every one.
///
/// Links are relative to the feed, which sits at the top of the site, so the feed names no
/// address of the site. Entry ids are name-based UUIDs of the site's title and the entry's
/// path: the same entry keeps the same id from build to build. `updated` is the entry's own
/// date, never the time of the build.
enum AtomFeed {
    struct Entry {
        var key: String
        var title: String
        var date: CivilDate
        var sitePath: String
        var summary: String?
    }

    static func entries(_ content: Content, strings: Strings) -> [Entry] {
        var entries: [Entry] = content.updates.map { update in
            Entry(key: "updates/\(update.slug)", title: update.title, date: update.date, sitePath: UpdatesSection.sitePath(of: update), summary: update.summary)
        }
        for meeting in content.meetings {
            entries.append(
                Entry(
                    key: "meetings/\(meeting.id)", title: MeetingViews.title(meeting, content: content, strings: strings), date: meeting.date,
                    sitePath: MeetingPaths.meeting(meeting.id),
                    summary: meeting.summary ?? strings.plural("feed.actions-agreed", count: meeting.actions.count)))
        }
        return entries.sorted { ($0.date, $0.key) > ($1.date, $1.key) }
    }

    static let latest = 50

    static func xml(_ environment: SiteEnvironment) -> [UInt8] {
        let site = environment.content.site
        let entries = entries(environment.content, strings: environment.strings).prefix(latest)
        let updated = entries.first?.date ?? environment.asOf
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(escape(site.language))">
            <title>\(escape(site.title))</title>
            <subtitle>\(escape(environment.strings.text("feed.title")))</subtitle>
            <id>\(id(for: "feed", site: site.title))</id>
            <updated>\(timestamp(updated))</updated>
            <link rel="self" href="feed.xml"/>
            <link rel="alternate" type="text/html" href="index.html"/>
            <author><name>\(escape(site.organisation ?? site.title))</name></author>
            <generator>Tally</generator>

            """
        for entry in entries {
            xml += """
                <entry>
                <title>\(escape(entry.title))</title>
                <id>\(id(for: entry.key, site: site.title))</id>
                <updated>\(timestamp(entry.date))</updated>
                <link rel="alternate" type="text/html" href="\(escape(entry.sitePath))"/>

                """
            if let summary = entry.summary { xml += "<summary>\(escape(summary))</summary>\n" }
            xml += "</entry>\n"
        }
        xml += "</feed>\n"
        return Array(xml.utf8)
    }

    static func timestamp(_ date: CivilDate) -> String { "\(date.iso)T00:00:00Z" }

    static func escape(_ text: String) -> String { HTMLText.escape(text) }

    /// A version 5 (SHA-1, name-based) UUID URN of the site's title and `key`.
    static func id(for key: String, site: String) -> String {
        // The URL namespace of RFC 4122, appendix C.
        let namespace: [UInt8] = [0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8]
        var bytes = Array(Insecure.SHA1.hash(data: namespace + Array("tally:\(site)/\(key)".utf8)).prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x50
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let hex = bytes.map { String($0, radix: 16).leftPadded(to: 2) }.joined()
        let parts = [hex.prefix(8), hex.dropFirst(8).prefix(4), hex.dropFirst(12).prefix(4), hex.dropFirst(16).prefix(4), hex.dropFirst(20)]
        return "urn:uuid:" + parts.joined(separator: "-")
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
