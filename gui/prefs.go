package gui

import (
	"fmt"

	"fyne.io/fyne/v2"
)

// Preference keys.
const (
	keyPaper        = "export.paper"
	keyExportFolder = "export.folder"
	keyOpenFolder   = "open.folder"
	// keyLayout holds the window's size and the panes' dividers, in one
	// value: "WIDTH HEIGHT LEFT RIGHT".
	keyLayout = "layout"
	// The keys of the layout before it was one value, still read.
	keyWindowWidth  = "window.width"
	keyWindowHeight = "window.height"
	keySplitLeft    = "layout.split.left"
	keySplitRight   = "layout.split.right"
)

// Defaults.
const (
	defaultWidth  = 1180
	defaultHeight = 740
	minWidthPx    = 900
	minHeightPx   = 600
	defaultLeft   = 0.24
	defaultRight  = 0.52
)

// windowLayout is what the window remembers of its shape.
type windowLayout struct {
	width, height float64
	left, right   float64 // the offsets of the outer and inner dividers
}

// layoutPref returns the remembered layout: the one value, else the keys
// the app used before, else the defaults.
func layoutPref(p fyne.Preferences) windowLayout {
	l := windowLayout{
		width:  p.FloatWithFallback(keyWindowWidth, defaultWidth),
		height: p.FloatWithFallback(keyWindowHeight, defaultHeight),
		left:   p.FloatWithFallback(keySplitLeft, defaultLeft),
		right:  p.FloatWithFallback(keySplitRight, defaultRight),
	}
	var saved windowLayout
	if _, err := fmt.Sscanf(p.String(keyLayout), "%g %g %g %g", &saved.width, &saved.height, &saved.left, &saved.right); err == nil {
		l = saved
	}
	return l
}

// String is the layout as keyLayout holds it.
func (l windowLayout) String() string {
	return fmt.Sprintf("%g %g %g %g", l.width, l.height, l.left, l.right)
}

// paperPref returns the remembered paper size.
func paperPref(p fyne.Preferences) paper {
	s := p.StringWithFallback(keyPaper, string(paperA4))
	for _, pp := range papers {
		if string(pp) == s {
			return pp
		}
	}
	return paperA4
}

// windowSizePref returns the remembered window size.
func windowSizePref(p fyne.Preferences) fyne.Size {
	l := layoutPref(p)
	return fyne.NewSize(float32(max(l.width, minWidthPx)), float32(max(l.height, minHeightPx)))
}

// savePrefs remembers the window size and the dividers' positions. The app
// calls it once, on the UI goroutine, when it quits (see quit), in one
// value set only when it changed.
//
// Fyne 2.7.1 rewrites preferences.json in place (truncates, then writes)
// on every change, and a change within 100 ms of a write is saved again
// by a goroutine of its own; its file watcher reloads the file on every
// event in its folder, on the UI goroutine while the app runs, but on the
// watcher's own goroutine once the app is stopping. Four values set one by
// one at quit, and again from the stopped hook (off the UI goroutine), as
// the app once did, and Fyne's own last save at shutdown, made writes
// that the watcher read half done: "Preferences load error: EOF", in one
// run of the end-to-end check in seven.
func (u *ui) savePrefs() {
	l := layoutPref(u.prefs)
	if s := u.win.Canvas().Size(); s.Width >= minWidthPx/2 && s.Height >= minHeightPx/2 {
		l.width, l.height = float64(s.Width), float64(s.Height)
	} // else not laid out yet, or minimised: keep the size remembered
	l.left, l.right = u.outerSplit.Offset, u.innerSplit.Offset
	if v := l.String(); v != u.prefs.String(keyLayout) {
		u.prefs.SetString(keyLayout, v)
	}
}
