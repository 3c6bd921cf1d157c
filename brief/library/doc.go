// Package library keeps the user's library on disk: every article loaded,
// stored once, and the user's briefings — named sets of those articles, each
// with its own title, pinned and removed items (page.Options), paper size
// and what its last exported page held. It also reads and writes a
// briefing as one .briefing file that can be sent to someone else (see
// Document), and applies the changes the command line makes (see Change).
//
// On disk (see Library):
//
//	library.json          the articles (order, titles, metadata) and the briefing last open
//	articles/ID.json      one file per article: its text and metadata
//	briefings/ID.json     one file per briefing: name, title, articles, curation
//
// Every write goes through a temporary file that is synced and renamed, and a
// damaged file is moved aside and reported, never dropped. Article and
// briefing IDs are checked to have the form the app makes before they become
// file names, so no file outside the library folder is ever read or renamed.
//
// It may import the engine (package brief), package page (for Options) and
// the standard library; never fyne.io or the network.
package library
