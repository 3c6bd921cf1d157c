package gui

import (
	"errors"
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/briefing-app/briefing/brief/library"
)

// showError tells the user something went wrong. It is the one way the app
// reports errors; call it on the UI goroutine (from a background goroutine,
// through u.do).
func (u *ui) showError(err error) {
	if err == nil {
		return
	}
	u.showErrors("Something went wrong", []error{err})
}

// showErrors reports several errors in one dialog, one line each: a load of
// twenty files with three bad ones gives one dialog, not three.
func (u *ui) showErrors(title string, errs []error) {
	if len(errs) == 0 {
		return
	}
	if len(errs) == 1 && title == "Something went wrong" {
		title = errorTitle(errs[0])
	}
	box := container.NewVBox()
	for _, err := range errs {
		l := widget.NewLabel(sentence(err.Error()))
		l.Wrapping = fyne.TextWrapWord
		box.Add(l)
	}
	var content fyne.CanvasObject = box
	if len(errs) > 4 {
		s := newVScroll(box)
		s.SetMinSize(fyne.NewSize(520, 260))
		content = s
	} else {
		content = container.New(minWidth(460), box)
	}
	d := dialog.NewCustom(title, "OK", content, u.win)
	d.Show()
	u.lastErrors = append(u.lastErrors[:0], errs...)
}

// errorTitle picks a dialog title for an error.
func errorTitle(err error) string {
	var le *library.Error
	switch {
	case errors.As(err, &le):
		return "Part of the library could not be read"
	case strings.HasPrefix(err.Error(), "cannot read"), strings.HasPrefix(err.Error(), "cannot open"):
		return "Could not open"
	case strings.HasPrefix(err.Error(), "cannot save"), strings.HasPrefix(err.Error(), "cannot write"):
		return "Could not save"
	}
	return "Something went wrong"
}

// sentence capitalises a message and ends it with a full stop.
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	s = string(unicode.ToUpper(r)) + s[n:]
	if !strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "?") && !strings.HasSuffix(s, "!") {
		s += "."
	}
	return s
}
