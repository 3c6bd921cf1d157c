package gui

import (
	"context"
	"fmt"
	"sync"

	"github.com/briefing-app/briefing/brief"
	"github.com/briefing-app/briefing/brief/page"
	"github.com/briefing-app/briefing/brief/search"
)

// This file is the engine's side of a window, without Fyne: what a
// rebuild does off the UI goroutine when the briefing's articles or the
// user's choices change. Each step keeps what the next may take — the
// analysis of each article (brief.Cache, see analyzer), the work of each
// briefing (page.Builder) and of each search index (search.Indexer) — so
// that adding one article to a briefing of a thousand analyses that
// article, merges, and makes the page and the index again from what
// changed. What it makes is what the engine makes from scratch.

// briefingEngine makes a window's briefings. Its zero value is ready to
// use; it is safe for use by several goroutines.
type briefingEngine struct {
	builder page.Builder
	indexer search.Indexer
}

// briefingUpdate is a briefing made: the analysis of its articles, their
// search index, the briefing and its page fitted to the paper.
type briefingUpdate struct {
	an         *brief.Analysis
	index      *search.Index
	full, page *page.Briefing
}

// update makes the briefing of articles with the user's choices opt,
// fitted to paper p: with a new analysis (by analyze) and index when an is
// nil, else with an and index. Once ctx is done the analysis stops and
// update returns its error.
func (e *briefingEngine) update(ctx context.Context, analyze func(context.Context, ...*brief.Article) (*brief.Analysis, error),
	articles []*brief.Article, an *brief.Analysis, index *search.Index, opt page.Options, p paper) (briefingUpdate, error) {
	var (
		indexed  sync.WaitGroup
		indexErr error
	)
	if an == nil {
		var err error
		if an, err = analyze(ctx, articles...); err != nil {
			return briefingUpdate{}, fmt.Errorf("the briefing was not made: %w", err)
		}
		// The index and the briefing both only read the analysis: the
		// index is made on the other CPU while the briefing is built. A
		// fault there is an error of this update, as one here is of the
		// goroutine update runs on (see ui.background): a goroutine's
		// panic that nothing recovers would end the app.
		indexed.Go(func() {
			defer func() {
				if r := recover(); r != nil {
					indexErr = fmt.Errorf("the search index was not made (%v); please report it", r)
				}
			}()
			index = e.indexer.Index(an)
		})
	}
	full := e.builder.Build(an, opt)
	fitted := fitOnePage(full, p)
	indexed.Wait()
	if indexErr != nil {
		return briefingUpdate{}, indexErr
	}
	return briefingUpdate{an: an, index: index, full: full, page: fitted}, nil
}
