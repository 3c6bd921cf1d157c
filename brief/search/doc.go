// Package search is the fuzzy search over an analysis: its actors, quotes,
// commitments, disputes, article titles and sentences, case- and
// accent-insensitive, with the matched letters for highlighting. See Index.
//
// It may import the engine (package brief), github.com/sahilm/fuzzy,
// golang.org/x/text and the standard library; never fyne.io, the file
// system or the network.
package search
