// Package brief is Briefing's engine, the middle of its pipeline:
//
//	article in (package load) → analysis (this package) → page out (package page)
//
// It takes an Article — a title and a normalised body, split into
// paragraphs and sentences — and Analyze extracts what a briefing is made
// of: the key actors with every name form merged, direct quotes with their
// real speakers, commitments and open disputes, each citing its source and
// sentence. The Analysis holds them, most important first, as plain values.
//
// The engine is pure computation on text. It imports the standard library
// (no file system, no network: not os, io/fs, path/filepath or net/...),
// golang.org/x/text for normalisation, and its own internal helpers; never
// fyne.io, a PDF writer, or the other stages. Reading files and web pages is
// package load's work, the page and its PDF package page's, the library on
// disk package library's; the Makefile's guard target checks these rules.
//
// A few functions are exported for the stages around the engine, because
// they share its knowledge of news text: NewArticle, Normalize, Segment,
// CountWords and TrimClosers for the loaders, TrimDateline for the page.
package brief
