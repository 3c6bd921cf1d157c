package gui

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// measuredLine is the height a line of body text adds to a paragraph, as
// a RichText lays it out.
func measuredLine() float32 {
	one := widget.NewRichText(seg("x", widget.RichTextStyleParagraph))
	two := widget.NewRichText(seg("x\nx", widget.RichTextStyleParagraph))
	return two.MinSize().Height - one.MinSize().Height
}

// wheelAt turns the mouse wheel over the middle of o by clicks clicks
// (down), as the desktop driver does: the event goes to the Scrollable
// under the pointer, with the driver's delta for a click.
func wheelAt(c fyne.Canvas, o fyne.CanvasObject, clicks int) {
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(o).Add(fyne.NewPos(o.Size().Width/2, o.Size().Height/2))
	test.Scroll(c, pos, 0, -driverWheelStep()*float32(clicks))
}

// wantStep is how far one click must scroll: three lines of text (on
// macOS, the system's own step: see wheelFactor).
func wantStep() float32 {
	if runtime.GOOS == "darwin" {
		return driverWheelStep()
	}
	return wheelLines*measuredLine() - 0.5
}

// checkStep turns the wheel one click over o and checks that offset moved
// at least wantStep, then that two more clicks moved it as far again.
func checkStep(t *testing.T, what string, c fyne.Canvas, o fyne.CanvasObject, offset func() float32) {
	t.Helper()
	before := offset()
	wheelAt(c, o, 1)
	moved := offset() - before
	if moved < wantStep() {
		t.Errorf("%s: one wheel click scrolled %.1f px, want at least %.1f (three lines of %.1f)", what, moved, wantStep(), measuredLine())
	}
	wheelAt(c, o, 2)
	if got := offset() - before; got < 3*wantStep() {
		t.Errorf("%s: three wheel clicks scrolled %.1f px, want at least %.1f", what, got, 3*wantStep())
	}
	// And back up.
	test.Scroll(c, fyne.CurrentApp().Driver().AbsolutePositionForObject(o).Add(fyne.NewPos(5, 5)), 0, 100*driverWheelStep())
	if got := offset(); got != 0 {
		t.Errorf("%s: scrolling up stopped at %.1f", what, got)
	}
}

func TestWheelFactorIsThreeLines(t *testing.T) {
	test.NewTempApp(t)
	line := measuredLine()
	if line < 12 || line > 40 {
		t.Fatalf("a line of text measures %.1f px", line)
	}
	step := driverWheelStep() * wheelFactor()
	if runtime.GOOS != "darwin" && (step < 3*line-0.5 || step > 3*line+2) {
		t.Errorf("a wheel click scrolls %.1f px, want three lines (%.1f)", step, 3*line)
	}
	ev := scaledScroll(&fyne.ScrollEvent{Scrolled: fyne.NewDelta(2, -driverWheelStep())})
	if ev.Scrolled.DY != -step || ev.Scrolled.DX != 2*wheelFactor() {
		t.Errorf("scaled event %+v", ev.Scrolled)
	}
}

func TestEveryPaneScrollsThreeLinesAWheelClick(t *testing.T) {
	u := newTestUI(t, "")
	// A short window, so that every pane has more than it shows.
	u.win.Resize(fyne.NewSize(1280, 420))
	loadAndWait(u, testdata("harbour-strike.txt"), testdata("ferry-fares.md"))
	c := u.win.Canvas()

	if u.briefing.body.MinSize().Height < u.briefing.scroll.Size().Height+200 {
		t.Fatalf("the page (%.0f px) is not much taller than its pane (%.0f px)", u.briefing.body.MinSize().Height, u.briefing.scroll.Size().Height)
	}
	checkStep(t, "briefing", c, u.briefing.scroll, func() float32 { return u.briefing.scroll.Offset.Y })

	u.source.showArticle(u.lib.Entries(u.bid)[0].ID, -1)
	u.wait()
	checkStep(t, "source", c, u.source.holder, u.source.scrollOffset)

	for i := range 8 {
		if _, err := u.lib.NewBriefing(fmt.Sprintf("Meeting %d", i+1), nil); err != nil {
			t.Fatal(err)
		}
	}
	u.library.refresh()
	u.wait()
	checkStep(t, "briefings", c, u.library.list, u.library.list.GetScrollOffset)

	// A click goes through the layer that takes the wheel to the row
	// under it.
	rowPos := fyne.CurrentApp().Driver().AbsolutePositionForObject(u.library.list).Add(fyne.NewPos(60, u.library.rowHeight/2))
	test.TapCanvas(c, rowPos)
	u.wait()
	if u.bid != u.library.rows[0].briefing.ID {
		t.Errorf("a click on the first row opened %q, not %q", u.current.Name, u.library.rows[0].briefing.Name)
	}

	loadAndWait(u, testdata("harbour-strike.txt"), testdata("ferry-fares.md"))
	u.search.entry.SetText("port")
	u.search.flush()
	u.wait()
	if len(u.search.rows) < 8 {
		t.Fatalf("%d search results", len(u.search.rows))
	}
	u.search.scroll.ScrollToTop()
	checkStep(t, "search results", c, u.search.scroll, func() float32 { return u.search.scroll.Offset.Y })
}

func TestDialogListsScrollThreeLinesAWheelClick(t *testing.T) {
	u := newTestUI(t, "")
	c := u.win.Canvas()
	dir := t.TempDir()
	for i := range 60 {
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("article-%02d.txt", i)), []byte("Text."), 0o644)
	}
	fp := newFilePicker(u.ui, dir, func([]string) {})
	fp.show()
	checkStep(t, "file picker", c, fp.list, fp.list.GetScrollOffset)
	fp.dlg.Hide()

	var errs []error
	for i := range 30 {
		errs = append(errs, fmt.Errorf("cannot read article-%02d.txt: %w", i, errors.New("it is not a text, Markdown or HTML file")))
	}
	u.showErrors("30 files could not be opened", errs)
	s := findWheelScroll(c.Overlays().Top())
	if s == nil {
		t.Fatal("the error dialog has no scroll")
	}
	checkStep(t, "error list", c, s, func() float32 { return s.Offset.Y })
}

// findWheelScroll finds the first wheelScroll in o's tree.
func findWheelScroll(o fyne.CanvasObject) *wheelScroll {
	switch x := o.(type) {
	case *wheelScroll:
		return x
	case *fyne.Container:
		for _, c := range x.Objects {
			if s := findWheelScroll(c); s != nil {
				return s
			}
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(x).Objects() {
			if s := findWheelScroll(c); s != nil {
				return s
			}
		}
	}
	return nil
}
