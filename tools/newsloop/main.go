// Command newsloop analyses each article of the news corpus of the speed
// benchmarks once, one after the other on one goroutine, as
// BenchmarkAnalyzeNews does in each of its iterations. `make
// bench-instructions` runs it under callgrind twice, with and without the
// loop, and prints the instructions of the loop: a count that is the same
// whatever else the machine is doing, where the benchmark's times move
// with the machine's speed. A rule's cost shows in it before it is lost
// in a benchmark's spread.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/briefing-app/briefing/brief"
	"github.com/briefing-app/briefing/internal/newscorpus"
)

func main() {
	loadOnly := flag.Bool("load-only", false, "read the corpus and make the engine's tables, without the loop")
	flag.Parse()
	arts, err := corpus()
	if err != nil {
		fmt.Fprintln(os.Stderr, "newsloop:", err)
		os.Exit(1)
	}
	if len(arts) == 0 {
		fmt.Fprintln(os.Stderr, "newsloop: no articles")
		os.Exit(1)
	}
	brief.Analyze(arts[0]) // the engine's tables are made once, outside the loop
	if *loadOnly {
		return
	}
	words := 0
	for _, a := range arts {
		brief.Analyze(a)
		words += a.Words
	}
	fmt.Printf("%d articles, %d words\n", len(arts), words)
}

// corpus is the benchmark's news text (newscorpus.News): the project's
// own articles, the evaluation's (when ../shared is there) and
// go-readability's English test pages (when they are in the module cache),
// each article on its own.
func corpus() ([]*brief.Article, error) {
	root, err := newscorpus.Root()
	if err != nil {
		return nil, err
	}
	arts, _, err := newscorpus.News(root)
	return arts, err
}
