// Package page makes the one-page briefing, the last stage of Briefing's
// pipeline:
//
//	article in (package load) → analysis (package brief) → page out (this package)
//
// It turns a brief.Analysis into the one-page briefing a user hands over:
// Build groups the articles into stories (stories.go), selects and orders
// the items (merging the same quote, commitment or dispute reported by
// several sources, finding where the sources differ (differ.go), applying
// the user's pins and removals, writing the title and the bottom line);
// each item prints as a short clause of its sentence (clauses.go), with its
// own subject when that is not the item's actor (subject.go);
// Sections says what the page holds, in print order (sections.go);
// FitOnePage cuts the least important items until the page fits one sheet
// of A4 or Letter (cut.go, with the layout of layout.go and the fonts and
// line breaking of fit.go); and the writers print it as PDF (WritePDF,
// with the fonts of package assets), Markdown, plain text or JSON.
//
// A Builder (builder.go) builds what Build builds, keeping from each
// briefing the work the next may take, each piece by what it read and
// checked before it is taken: the items' clauses (memo.go), the stories'
// links and results (stories.go, storymemo.go), the groups of reports
// (reports.go) and the lines the page's text was set in. The app builds
// its briefings with one, so that adding one article to a thousand redoes
// the work that article changes.
//
// It may import the engine (package brief), the standard library (no file
// system or network: it writes to an io.Writer), gofpdf, golang.org/x/image
// and golang.org/x/text, and package assets; never fyne.io, the loaders, the
// library or the search index.
package page
