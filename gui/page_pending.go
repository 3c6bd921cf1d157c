//go:build !briefpdf

package gui

import (
	"errors"
	"io"

	"github.com/briefing-app/briefing/brief"
)

// Until package brief has its one-page fit and PDF writer (brief/fit.go and
// brief/pdf.go, being written), the window shows the whole briefing and
// export says it is not available. page.go, built with the briefpdf tag,
// holds the real calls; it replaces this file once they exist.

// paper is a paper size of the PDF.
type paper string

// The paper sizes offered, in the order shown.
const (
	paperA4     paper = "A4"
	paperLetter paper = "Letter"
)

var papers = []paper{paperA4, paperLetter}

// errNoPDF says export is not built in yet.
var errNoPDF = errors.New("PDF export is not available in this build yet")

func fitOnePage(b *brief.Briefing, _ paper) *brief.Briefing { return b }

func writePDF(*brief.Briefing, io.Writer, paper) error { return errNoPDF }

func pdfFileName(*brief.Briefing) string { return "briefing.pdf" }

func removedCount(b *brief.Briefing) int {
	an := b.Analysis
	if an == nil {
		return 0
	}
	return len(an.Actors) - len(b.Actors) + len(an.Commitments) - len(b.Commitments) +
		len(an.Disputes) - len(b.Disputes) + len(an.Quotes) - len(b.Quotes)
}
