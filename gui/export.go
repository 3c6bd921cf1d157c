package gui

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/briefing-app/briefing/brief/library"
	"github.com/briefing-app/briefing/brief/page"
	"github.com/briefing-app/briefing/internal/fserr"
)

// exportPDF asks where to save the page as a PDF (the paper size is the
// one the page was fitted to, chosen in the toolbar), writes it in the
// background, then offers to open it.
func (u *ui) exportPDF() {
	if u.page == nil || len(u.page.Sources) == 0 {
		u.showError(errors.New("there is nothing to export yet: add an article first"))
		return
	}
	b, paper, bid := u.page, u.paper, u.bid
	req := fileRequest{title: "Export PDF", accept: "Export", save: true, name: pdfFileName(b),
		dir: u.saveDir(), filter: "PDF documents", exts: pdfExts, what: "the PDF"}
	u.chooseFiles(req, func(paths []string) {
		path := paths[0]
		w, err := createFile(path)
		if err != nil {
			u.showError(err)
			return
		}
		u.prefs.SetString(keyExportFolder, filepath.Dir(path))
		u.writePDF(bid, b, paper, path, w)
	})
}

// writePDF writes the page of the briefing bid to w in the background,
// records what the page held (items not on it are "new" until the next
// export) and confirms.
func (u *ui) writePDF(bid string, b *page.Briefing, paper paper, path string, w io.WriteCloser) {
	u.setStatus("Writing " + filepath.Base(path) + "…")
	lib := u.lib
	u.background(func() {
		err := writePDF(b, w, paper)
		if cerr := w.Close(); err == nil {
			err = cerr
		}
		var recErr error
		if err == nil && bid != "" {
			recErr = lib.MarkExported(bid, library.PageKeys(b))
		}
		u.do(func() {
			if err != nil {
				u.setStatus("The PDF could not be written.")
				u.showError(fmt.Errorf("cannot write %s: %w", filepath.Base(path), fserr.WriteReason(err, path)))
				return
			}
			if recErr != nil {
				u.showError(fmt.Errorf("the PDF was written, but %w", recErr))
			}
			if bid == u.bid {
				u.briefingsChanged()
				u.rebuild() // the "new" marks go
			} else {
				u.library.refresh()
			}
			u.setStatus("Exported " + path)
			u.confirmExport(b, paper, path)
		})
	})
}

// confirmExport says where the PDF went and offers to open it.
func (u *ui) confirmExport(b *page.Briefing, paper paper, path string) {
	msg := widget.NewLabel(fmt.Sprintf("“%s” was saved as a one-page %s PDF:\n%s", clip(b.Title, 80), paper, path))
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomConfirm("PDF exported", "Open PDF", "Close", container.New(minWidth(440), msg), func(open bool) {
		if open {
			u.openFileURL(path)
		}
	}, u.win)
	d.Show()
}
