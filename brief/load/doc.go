// Package load reads news articles, the first stage of Briefing's pipeline:
//
//	article in (this package) → analysis (package brief) → page out (package page)
//
// It turns what the user gives Briefing into a brief.Article: files (File,
// or FileContext, which a context can call off; either gives a file 20
// seconds and opens regular files only), standard input or any reader
// (Reader), bytes already read (Parse), pasted text (Text) and web pages
// (Fetch). It reads plain text in UTF-8, UTF-16 or
// Windows-1252, Markdown, and saved web pages, whose article it keeps
// through readability, dropping the page's chrome; it normalises the text
// and finds the title, byline, outlet and date. What cannot be read comes
// back as an *Error that names the file and says why, in words for the user:
// empty, binary, too large, not a kind of file Briefing reads.
//
// It may import the engine (package brief), the standard library (files,
// network), golang.org/x/text and golang.org/x/net for encodings and HTML,
// readability, and the Markdown parser; never fyne.io, the page, the library
// or the search index.
package load
