package gui

import (
	"fyne.io/fyne/v2"
)

// Preference keys.
const (
	keyWindowWidth  = "window.width"
	keyWindowHeight = "window.height"
	keyPaper        = "export.paper"
	keyExportFolder = "export.folder"
	keyOpenFolder   = "open.folder"
	keySplitLeft    = "layout.split.left"
	keySplitRight   = "layout.split.right"
)

// Defaults.
const (
	defaultWidth  = 1180
	defaultHeight = 740
	minWidthPx    = 900
	minHeightPx   = 600
)

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
	w := p.FloatWithFallback(keyWindowWidth, defaultWidth)
	h := p.FloatWithFallback(keyWindowHeight, defaultHeight)
	return fyne.NewSize(float32(max(w, minWidthPx)), float32(max(h, minHeightPx)))
}

// saveWindowSize remembers the window size.
func saveWindowSize(p fyne.Preferences, s fyne.Size) {
	if s.Width < minWidthPx/2 || s.Height < minHeightPx/2 {
		return // not laid out yet, or minimised
	}
	p.SetFloat(keyWindowWidth, float64(s.Width))
	p.SetFloat(keyWindowHeight, float64(s.Height))
}
