package gui

import (
	"io"

	"github.com/briefing-app/briefing/brief/page"
)

// This file is where the window meets package page's one-page fit and PDF
// writer.

// paper is a paper size of the PDF.
type paper = page.Paper

// The paper sizes offered, in the order shown.
const (
	paperA4     = page.PaperA4
	paperLetter = page.PaperLetter
)

var papers = []paper{paperA4, paperLetter}

// fitOnePage cuts a briefing to what fits on one page of the paper: what
// the briefing pane shows and the PDF prints.
func fitOnePage(b *page.Briefing, p paper) *page.Briefing { return b.FitOnePage(p) }

// writePDF writes the page as a one-page PDF.
func writePDF(b *page.Briefing, w io.Writer, p paper) error { return b.WritePDF(w, p) }

// pdfFileName is the name the save dialog suggests.
func pdfFileName(b *page.Briefing) string { return b.FileName(".pdf") }

// removedCount counts the items the user removed from the briefing.
func removedCount(b *page.Briefing) int { return b.Removed }
