// Package gui is Briefing's desktop window, built with Fyne. It shows the
// library's briefings and the articles of the open one (brief/library,
// filled by brief/load), the one-page briefing built from them
// (brief.Analyze, then brief/page), the search over it (brief/search), and
// the source text behind each item. It serves the library's lock
// (internal/instance): a second launch and the briefing commands hand their
// work to the open window. It is, with cmd/briefing, the only package that
// imports Fyne.
//
// One goroutine owns the widgets: everything slow (loading, analysis,
// building and fitting the briefing, searching, writing the PDF) runs on
// goroutines started with ui.background, which hand their results back
// through ui.do (fyne.Do).
package gui

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"sync/atomic"
	"syscall"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"github.com/briefing-app/briefing/assets"
	"github.com/briefing-app/briefing/brief"
	"github.com/briefing-app/briefing/brief/library"
	"github.com/briefing-app/briefing/brief/load"
	"github.com/briefing-app/briefing/brief/page"
	"github.com/briefing-app/briefing/brief/search"
	"github.com/briefing-app/briefing/internal/instance"
)

// Options configure the app.
type Options struct {
	// Version and Build are shown in the About box.
	Version string
	Build   string
	// LibraryDir is where the library is kept; empty means the "library"
	// folder of the app's storage.
	LibraryDir string
	// Lock, when set, is this process's ownership of the library folder:
	// the app serves it, taking the files of a second launch and the
	// changes of commands (see internal/instance).
	Lock *instance.Lock
}

// Run opens the main window with the given article files and runs the app
// until the window is closed or the process is asked to stop (SIGTERM,
// Ctrl+C in the terminal), saving the window size on the way out.
func Run(a fyne.App, files []string, opt Options) {
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	w := a.NewWindow("Briefing")
	u := newUI(a, w, opt)
	u.loadDialogDelay = loadDialogDelay
	u.exit = func() { os.Exit(0) }
	if opt.Lock != nil {
		if err := opt.Lock.Serve(u.handleRequest); err != nil {
			u.whenReady(func() { u.showError(err) })
		}
	}
	stop := u.quitOnSignal()
	defer stop()
	a.Lifecycle().SetOnStarted(func() {
		for _, after := range takeSignalsAt {
			time.AfterFunc(after, u.takeSignals)
		}
	})
	// Fyne stopped the app itself (its own signal handler, should a
	// signal come before takeSignals took it back): end here, before
	// Fyne's last save of the preferences, which races its file watcher
	// (see quit). The window's size is then not remembered; nothing else
	// is lost.
	a.Lifecycle().SetOnStopped(func() {
		u.cancel()
		u.releaseLibrary()
		os.Exit(0)
	})
	u.start(files)
	w.ShowAndRun()
	u.cancel()
}

// ui is the app's state. Its fields are touched only on the UI goroutine,
// except lib (safe for concurrent use, and set before ready is closed) and
// busy.
type ui struct {
	app   fyne.App
	win   fyne.Window
	opt   Options
	prefs fyne.Preferences

	// ctx is the app's: quitting cancels it, and with it every load and
	// analysis, which derive their contexts from it.
	ctx    context.Context
	cancel context.CancelFunc
	// rebuildCancel calls off the analysis in progress (see rebuild);
	// built are run when the next briefing is shown (see whenBuilt).
	rebuildCancel context.CancelFunc
	built         []func()
	// loads are the loads in progress; loadDialogDelay is how long one
	// runs before its dialog shows (0: at once, as the tests have it).
	loads           []*loadOp
	loadDialogDelay time.Duration
	// signals receives SIGTERM and SIGINT (see quitOnSignal).
	signals chan os.Signal
	// exit ends the app once quit has saved what it keeps (see quit):
	// os.Exit in Run, Fyne's Quit in the tests.
	exit func()

	lib      *library.Library
	fallback bool          // lib is a temporary library: the real one failed to open
	ready    chan struct{} // closed once the library is open (or failed to)
	pending  []func()      // run once the library is open

	// The open briefing ("" for none) and its record as of the last
	// change.
	bid     string
	current library.Briefing
	// autoName marks the briefings the app made for articles added while
	// the sample was open; they take their page's title as their name.
	autoName      map[string]bool
	madeFrom      map[string]string // such a briefing → the one open before it
	targetWaiters []func(string)    // loads waiting for such a briefing
	sampleNotice  bool              // say once that the sample stays apart
	// undo is the briefing deleted last, which Undo brings back.
	// choosing is set while a system file dialog is open; nativeDown
	// once the system's dialogs turned out to be missing (see
	// chooseFiles).
	choosing, nativeDown bool

	undo      *library.Deleted
	undoSeq   int
	undoBtn   *widget.Button
	newDialog *dialog.FormDialog // the last New Briefing dialog (tests)
	// analyze is the engine's AnalyzeContext with a cache of each
	// article's analysis (analyzer; tests put hand-made findings in), and
	// engine makes the briefing from it (see briefingEngine).
	analyze func(context.Context, ...*brief.Article) (*brief.Analysis, error)
	engine  *briefingEngine

	// Engine state: the analysis of the library, the briefing built from it
	// and the page that fits (what the pane shows and the PDF prints).
	an         *brief.Analysis
	index      *search.Index
	full, page *page.Briefing
	paper      paper
	libVersion int // bumped when the library's articles change
	anVersion  int // the libVersion u.an was made from
	gen        int // bumped by every rebuild; stale results are dropped
	buildTook  time.Duration

	library  *libraryPane
	briefing *briefingPane
	source   *sourcePane
	search   *searchPane

	status     *widget.RichText
	progress   *widget.ProgressBar
	paperPick  *widget.Select
	exportBtn  *widget.Button
	innerSplit *container.Split
	outerSplit *container.Split
	loadingOps int // loads in progress
	// A notice in the status bar holds until noticeUntil (see notify).
	noticeUntil time.Time
	noticeSeq   int

	// lastErrors is what the last error dialog showed (tests read it).
	lastErrors []error
	// failedShown holds the articles the engine failed on that the user
	// was told of (see reportFailed).
	failedShown map[string]bool

	// post runs a function on the UI goroutine: fyne.Do. Tests queue the
	// functions and run them on the test's goroutine instead, as the real
	// driver does on its own, because the test driver's fyne.Do runs them
	// in place on the calling goroutine.
	post func(func())
	// busy counts background work and pending debounced searches, so tests
	// can wait until the app has settled.
	busy atomic.Int64
}

// analyzer returns the engine's entry point for one window: AnalyzeContext
// keeping each article's analysis (brief.Cache), so that a change to the
// briefing's articles analyses only the articles added or edited; merging
// is done again, and the page and index from what changed (see
// briefingEngine).
func analyzer() func(context.Context, ...*brief.Article) (*brief.Analysis, error) {
	return new(brief.Cache).AnalyzeContext
}

// newUI builds the window's content. It does not open the library: start
// does, off the UI goroutine.
func newUI(a fyne.App, w fyne.Window, opt Options) *ui {
	u := &ui{app: a, win: w, opt: opt, prefs: a.Preferences(), analyze: analyzer(), engine: new(briefingEngine), post: fyne.Do,
		ready: make(chan struct{}), autoName: map[string]bool{}, madeFrom: map[string]string{}, failedShown: map[string]bool{}}
	u.ctx, u.cancel = context.WithCancel(context.Background())
	u.exit = a.Quit
	u.paper = paperPref(u.prefs)
	u.library = newLibraryPane(u)
	u.briefing = newBriefingPane(u)
	u.source = newSourcePane(u)
	u.search = newSearchPane(u)
	u.buildWindow()
	return u
}

// libraryDir returns where the library lives.
func (u *ui) libraryDir() string {
	if u.opt.LibraryDir != "" {
		return u.opt.LibraryDir
	}
	root := u.app.Storage().RootURI()
	if root != nil && root.Path() != "" {
		return filepath.Join(root.Path(), "library")
	}
	if d, err := os.UserConfigDir(); err == nil {
		return filepath.Join(d, "briefing", "library")
	}
	return filepath.Join(os.TempDir(), "briefing-library")
}

// start opens the library in the background (with the sample briefing on
// first launch), opens the briefing shown last, then the files given on
// the command line.
func (u *ui) start(files []string) {
	u.setStatus("Opening the library…")
	dir := u.libraryDir()
	u.background(func() {
		lib, err := library.Open(dir)
		if lib == nil {
			// The library folder itself is unusable: keep working in a
			// temporary one so the app is still useful, and say so.
			tmp, terr := os.MkdirTemp("", "briefing-library-")
			if terr == nil {
				lib, _ = library.Open(tmp)
			}
			err = fmt.Errorf("%w. Articles you add now will not be kept after you quit", err)
			u.fallback = true // before ready is closed: handleRequest reads it
		}
		var sampleErr error
		open := ""
		if lib != nil {
			if lib.IsNew() {
				var b library.Briefing
				b, sampleErr = addSample(lib)
				open = b.ID
			}
			if _, ok := lib.Briefing(lib.OpenBriefing()); open == "" && ok {
				open = lib.OpenBriefing()
			}
			if bs := lib.Briefings(); open == "" && len(bs) > 0 {
				open = bs[0].ID
			}
		}
		u.do(func() {
			if err != nil {
				u.showError(err)
			}
			if sampleErr != nil {
				u.showError(sampleErr)
			}
			u.lib = lib
			close(u.ready)
			if lib == nil {
				u.setStatus("The library could not be opened.")
				return
			}
			if open != "" {
				u.openBriefing(open)
			} else {
				u.articlesChanged()
			}
			for _, f := range u.pending {
				f()
			}
			u.pending = nil
			if len(files) > 0 {
				u.openPaths(files)
			}
		})
	})
}

// whenReady runs f now if the library is open, or once it is.
func (u *ui) whenReady(f func()) {
	if u.lib != nil {
		f()
		return
	}
	u.pending = append(u.pending, f)
}

// addSample adds the embedded sample articles to the library, in the
// sample briefing (made again when the user deleted it).
func addSample(lib *library.Library) (library.Briefing, error) {
	names, err := assetsSampleNames()
	if err != nil {
		return library.Briefing{}, err
	}
	var arts []*brief.Article
	for _, name := range names {
		data, err := assets.Samples.ReadFile(name)
		if err != nil {
			return library.Briefing{}, fmt.Errorf("cannot read the sample article: %w", err)
		}
		a, err := load.Parse("", data, load.FormatText)
		if err != nil {
			return library.Briefing{}, fmt.Errorf("cannot read the sample article: %w", err)
		}
		a.Path = library.SamplePath
		arts = append(arts, a)
	}
	return lib.NewSample(arts...)
}

func assetsSampleNames() ([]string, error) {
	ents, err := assets.Samples.ReadDir("samples")
	if err != nil {
		return nil, fmt.Errorf("cannot read the sample articles: %w", err)
	}
	var names []string
	for _, e := range ents {
		names = append(names, "samples/"+e.Name())
	}
	return names, nil
}

// background runs f on a new goroutine, counted in u.busy. A panic in f
// (the engine is run on whatever users load) becomes an error message
// instead of a crash.
func (u *ui) background(f func()) {
	u.busy.Add(1)
	go func() {
		defer u.busy.Add(-1)
		defer func() {
			if r := recover(); r != nil {
				err := fmt.Errorf("something went wrong inside Briefing (%v); please report it", r)
				u.do(func() { u.showError(err) })
			}
		}()
		f()
	}()
}

// do runs f on the UI goroutine. Call it only from background goroutines.
func (u *ui) do(f func()) { u.post(f) }

// quitTimeout is how long the app has to quit after SIGTERM or SIGINT
// before it exits regardless.
const quitTimeout = 1500 * time.Millisecond

// quitSignals are the signals that quit the app.
var quitSignals = []os.Signal{syscall.SIGTERM, os.Interrupt}

// quitOnSignal makes SIGTERM and SIGINT quit the app cleanly (saving the
// preferences) rather than kill it: the work in progress is called off
// through the app's context, and the window quits on the UI goroutine.
// Should that not happen within quitTimeout, the process exits anyway, so
// that nothing can keep it from stopping. The returned function stops
// listening.
func (u *ui) quitOnSignal() func() {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, quitSignals...)
	u.signals = ch
	done := make(chan struct{})
	go func() {
		select {
		case <-ch:
			u.cancel()
			time.AfterFunc(quitTimeout, func() { os.Exit(0) })
			fyne.Do(u.quit)
		case <-done:
		}
	}()
	return func() {
		signal.Stop(ch)
		close(done)
	}
}

// takeSignalsAt are the times after the window starts at which
// takeSignals runs.
var takeSignalsAt = []time.Duration{0, 50 * time.Millisecond, 250 * time.Millisecond, time.Second}

// takeSignals makes the app's handler of SIGTERM and SIGINT the only one.
// Fyne's desktop driver has its own, which stops the app through Fyne's
// shutdown (see quit): had it come first, the preferences would not be
// saved, and its shutdown would race its file watcher (one end-to-end run
// in seven logged "Preferences load error: EOF"). The driver sets its
// handler up on a goroutine it starts with the window, which may run after
// the window has started, so the signals are taken back for the app's
// handler alone when the window starts and a few times in its first
// second (see takeSignalsAt).
func (u *ui) takeSignals() {
	if u.signals == nil {
		return
	}
	signal.Reset(quitSignals...)
	signal.Notify(u.signals, quitSignals...)
}

// setStatus shows a message in the status bar.
func (u *ui) setStatus(msg string) {
	setMuted(u.status, msg)
}

// noticeFor is how long notify's message stays before the briefing's
// summary comes back.
const noticeFor = 10 * time.Second

// notify shows a message in the status bar for d (noticeFor when 0), even
// if the briefing is rebuilt meanwhile; then the summary comes back.
func (u *ui) notify(msg string, d time.Duration) {
	if d == 0 {
		d = noticeFor
	}
	u.setStatus(msg)
	u.noticeSeq++
	seq := u.noticeSeq
	u.noticeUntil = time.Now().Add(d)
	time.AfterFunc(d, func() {
		u.do(func() {
			if u.noticeSeq == seq && u.loadingOps == 0 && u.an != nil {
				u.setStatus(u.summary(u.buildTook))
			}
		})
	})
}

// RunMessage shows a small window with a message and an OK button that
// quits: what a second launch shows, when it cannot run, to someone who
// started it from a file manager and would never see a terminal's output.
func RunMessage(a fyne.App, title, msg string) {
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	w := a.NewWindow(title)
	text := widget.NewLabel(sentence(msg))
	text.Wrapping = fyne.TextWrapWord
	ok := widget.NewButton("OK", a.Quit)
	ok.Importance = widget.HighImportance
	w.SetContent(container.NewPadded(container.NewVBox(container.New(minWidth(440), text),
		container.NewHBox(layout.NewSpacer(), ok))))
	w.CenterOnScreen()
	w.ShowAndRun()
}
