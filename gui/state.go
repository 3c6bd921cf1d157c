package gui

import (
	"context"
	"fmt"
	"time"

	"github.com/briefing-app/briefing/brief"
	"github.com/briefing-app/briefing/brief/library"
)

// articlesChanged records that the open briefing's articles changed and
// rebuilds everything from a new analysis.
func (u *ui) articlesChanged() {
	u.libVersion++
	if b, ok := u.lib.Briefing(u.bid); ok {
		u.current = b
	}
	u.setWindowTitle()
	u.library.refresh()
	u.rebuild()
}

// rebuild makes the briefing again in the background: a new analysis (and
// search index) when the articles changed since the last one, then Build
// with the user's choices and FitOnePage for the chosen paper. Results that
// a later rebuild has overtaken are dropped.
//
// The analysis runs under a context of its own, derived from the app's: a
// new rebuild calls off the one before, and so does quitting.
func (u *ui) rebuild() {
	if u.lib == nil {
		return
	}
	u.gen++
	gen, version, paper, lib, bid := u.gen, u.libVersion, u.paper, u.lib, u.bid
	an, index, analyze := u.an, u.index, u.analyze
	if u.anVersion != version {
		an, index = nil, nil
	}
	if u.rebuildCancel != nil {
		u.rebuildCancel()
	}
	ctx, cancel := context.WithCancel(u.ctx)
	u.rebuildCancel = cancel
	engine := u.engine
	u.background(func() {
		defer cancel()
		start := time.Now()
		var articles []*brief.Article
		if an == nil {
			articles = lib.Articles(bid)
		}
		opt := lib.Options(bid)
		made, err := engine.update(ctx, analyze, articles, an, index, opt, paper)
		if err != nil {
			return // called off: a later rebuild, or quitting, takes over
		}
		an, index, full, fitted := made.an, made.index, made.full, made.page
		took := time.Since(start)
		if ctx.Err() != nil {
			return
		}
		u.do(func() {
			if gen != u.gen {
				return
			}
			u.an, u.index, u.anVersion = an, index, version
			u.full, u.page, u.buildTook = full, fitted, took
			if b, ok := lib.Briefing(bid); ok {
				u.current = b
			}
			u.briefing.show(fitted, full, opt)
			u.source.analysisChanged()
			u.search.indexChanged()
			u.exportBtn.Enable()
			if len(an.Sources) == 0 {
				u.exportBtn.Disable()
			}
			if u.loadingOps == 0 && time.Now().After(u.noticeUntil) {
				u.setStatus(u.summary(took))
			}
			if len(an.Sources) > 0 {
				u.nameFromPage(bid, full.Title)
			}
			u.reportFailed(an)
			built := u.built
			u.built = nil
			for _, f := range built {
				f()
			}
		})
	})
}

// reportFailed tells the user, once per article, that the engine failed on
// it: the article is in the briefing with nothing taken from it, which
// must not pass for an article in which nothing was found.
func (u *ui) reportFailed(an *brief.Analysis) {
	var errs []error
	for _, s := range an.Sources {
		if s.Failed && !u.failedShown[s.ArticleID] {
			u.failedShown[s.ArticleID] = true
			errs = append(errs, fmt.Errorf("nothing could be taken from “%s”: Briefing failed while reading it, a fault in Briefing (please report it); the article stays in the briefing", clip(s.Title, 80)))
		}
	}
	if len(errs) > 0 {
		u.showErrors("An article could not be analysed", errs)
	}
}

// whenBuilt runs f once the next briefing is shown.
func (u *ui) whenBuilt(f func()) { u.built = append(u.built, f) }

// summary is the status line: what the briefing was made from.
func (u *ui) summary(took time.Duration) string {
	if u.an == nil || len(u.an.Sources) == 0 {
		return "No articles yet: open files, drop them on the window, or paste text."
	}
	words := 0
	for _, s := range u.an.Sources {
		words += s.Words
	}
	news := ""
	if e := u.current.Exported; e != nil && u.page != nil {
		n := 0
		for _, k := range library.PageKeys(u.page) {
			if u.current.IsNew(k) {
				n++
			}
		}
		if n > 0 {
			news = fmt.Sprintf("%s since the export of %s", plural(n, "new item", "new items"), localDate(e.At.Local()))
		}
	}
	return metaLine(plural(len(u.an.Sources), "article", "articles"), wordCount(words), news,
		"briefing built in "+roundDuration(took))
}

// changeItem pins, unpins, removes or restores an item, then rebuilds.
func (u *ui) changeItem(key string, pin, remove *bool) {
	lib, bid := u.lib, u.bid
	u.background(func() {
		var err error
		switch {
		case pin != nil:
			err = lib.SetPinned(bid, key, *pin)
		case remove != nil:
			err = lib.SetRemoved(bid, key, *remove)
		}
		u.do(func() {
			if err != nil {
				u.showError(err)
			}
			u.rebuild()
		})
	})
}

func (u *ui) setPinned(key string, on bool)  { u.changeItem(key, &on, nil) }
func (u *ui) setRemoved(key string, on bool) { u.changeItem(key, nil, &on) }

// restoreRemoved puts every removed item back.
func (u *ui) restoreRemoved() {
	lib, bid := u.lib, u.bid
	u.background(func() {
		err := lib.RestoreAll(bid)
		u.do(func() {
			if err != nil {
				u.showError(err)
			}
			u.rebuild()
		})
	})
}

// setTitle saves the briefing's title ("" goes back to the generated one).
func (u *ui) setTitle(title string) {
	lib, bid := u.lib, u.bid
	u.background(func() {
		err := lib.SetTitle(bid, title)
		u.do(func() {
			if err != nil {
				u.showError(err)
			}
			u.rebuild()
		})
	})
}

// setPaper changes the open briefing's paper size (and the one new
// briefings get): the page is fitted again.
func (u *ui) setPaper(p paper) {
	if p == u.paper {
		return
	}
	u.paper = p
	u.prefs.SetString(keyPaper, string(p))
	if u.paperPick.Selected != string(p) {
		u.paperPick.SetSelected(string(p))
	}
	if lib, bid := u.lib, u.bid; lib != nil && bid != "" {
		u.background(func() {
			if err := lib.SetPaper(bid, p); err != nil {
				u.do(func() { u.showError(err) })
			}
		})
	}
	u.rebuild()
}

// selectItem highlights an item of the briefing and shows its sentence in
// the source.
func (u *ui) selectItem(key string, cite brief.Cite) {
	u.briefing.setSelected(key)
	u.source.showCite(cite)
}
