package page

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/jung-kurt/gofpdf"
)

// WritePDF writes the briefing as a one-page PDF on the paper: exactly the
// pagePlan FitOnePage returns for that paper (the briefing is fitted first
// unless it already is). The file embeds subsets of Noto Sans, carries the
// title, subject, creator "Briefing" and the briefing's date as its
// creation date, and is the same byte for byte for the same briefing.
func (b *Briefing) WritePDF(w io.Writer, paper Paper) (err error) {
	paper = paper.orA4()
	m, err := loadFontMetrics()
	if err != nil {
		return err
	}
	fitted := b
	if b.fit == nil || b.fit.paper != paper {
		fitted = b.FitOnePage(paper)
	}
	pg := planPage(m, fitted, paper, fitted.fit.level)

	// gofpdf panics on some malformed input; a PDF that cannot be written
	// is an error, not a crash.
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("cannot write the PDF: %v", r)
		}
	}()
	pdf := gofpdf.NewCustom(&gofpdf.InitType{
		OrientationStr: "P",
		UnitStr:        "mm",
		Size:           gofpdf.SizeType{Wd: pg.w, Ht: pg.h},
	})
	pdf.SetCatalogSort(true)
	date := fitted.Date
	if date.IsZero() {
		date = time.Now()
	}
	pdf.SetCreationDate(date)
	pdf.SetModificationDate(date)
	pdf.SetTitle(m.clean(fitted.Title), true)
	pdf.SetSubject(m.clean(pdfSubject(fitted)), true)
	pdf.SetCreator("Briefing", true)
	pdf.SetProducer("Briefing (gofpdf 1.16.2)", true)
	if kw := pdfKeywords(fitted); kw != "" {
		pdf.SetKeywords(m.clean(kw), true)
	}
	pdf.SetMargins(pageMarginX, pageMarginTop, pageMarginX)
	pdf.SetAutoPageBreak(false, 0)
	for st := range numFaces {
		if usesFace(pg, st) {
			// gofpdf writes into the font bytes while subsetting: each
			// document gets its own copy.
			pdf.AddUTF8FontFromBytes(pdfFontFamily, faceStyles[st], bytes.Clone(m.data[st]))
		}
	}
	pdf.AddPage()

	var cur textStyle
	curSet := false
	for _, o := range pg.ops {
		switch o.kind {
		case drawText:
			if !curSet || o.st.font != cur.font || o.st.size != cur.size {
				pdf.SetFont(pdfFontFamily, faceStyles[o.st.font], o.st.size)
			}
			if !curSet || o.st.color != cur.color {
				pdf.SetTextColor(int(o.st.color.r), int(o.st.color.g), int(o.st.color.b))
			}
			cur, curSet = o.st, true
			pdf.Text(o.x, o.y, o.text)
		case drawRect:
			pdf.SetFillColor(int(o.color.r), int(o.color.g), int(o.color.b))
			pdf.Rect(o.x, o.y, o.w, o.h, "F")
		case drawRule:
			pdf.SetDrawColor(int(o.color.r), int(o.color.g), int(o.color.b))
			pdf.SetLineWidth(o.h)
			pdf.Line(o.x, o.y, o.x+o.w, o.y)
		}
	}
	if n := pdf.PageCount(); n != 1 {
		return fmt.Errorf("cannot write the PDF: the briefing came out as %d pages instead of one", n)
	}
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		return fmt.Errorf("cannot write the PDF: %w", err)
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("cannot write the PDF: %w", err)
	}
	return nil
}

// usesFace reports whether the page sets text in a face, so that unused
// faces are not embedded.
func usesFace(pg *pagePlan, st face) bool {
	for _, o := range pg.ops {
		if o.kind == drawText && o.st.font == st {
			return true
		}
	}
	return false
}

// pdfSubject describes the briefing for the document's properties.
func pdfSubject(b *Briefing) string {
	switch len(b.Sources) {
	case 0:
		return "One-page briefing (no articles)"
	case 1:
		return "One-page briefing from one article: " + strings.TrimSpace(b.Sources[0].Title)
	}
	return fmt.Sprintf("One-page briefing from %d articles", len(b.Sources))
}

// pdfKeywords are the key actors on the page.
func pdfKeywords(b *Briefing) string {
	var names []string
	for i, a := range b.Actors {
		if i == 8 {
			break
		}
		names = append(names, a.Name)
	}
	return strings.Join(names, ", ")
}
