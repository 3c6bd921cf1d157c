package load

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

const fetchPage = `<!doctype html>
<html><head><title>Ferry fares frozen for a year</title>
<meta property="og:site_name" content="The Island Courier"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Ferry fares frozen for a year</h1>
<p>The island's ferry company said on Wednesday it would freeze fares until next summer, after a campaign by residents who rely on the crossing to reach work and hospital appointments on the mainland.</p>
<p>"We have listened, and we accept that the last rise went too far," said the company's managing director, Helen Moss, at a meeting in the village hall.</p>
<p>The residents' association welcomed the decision but said it would keep pressing for a discount for regular travellers, which the company has so far refused to consider.</p>
</article><footer>© The Island Courier</footer></body></html>`

func fetchServer(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/story", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(fetchPage))
	})
	plain, err := os.ReadFile(filepath.Join("testdata", "text", "council-budget.txt"))
	if err != nil {
		t.Fatal(err)
	}
	mux.HandleFunc("/plain", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write(plain)
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/story", http.StatusFound)
	})
	mux.HandleFunc("/to-file", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		for range 100 {
			w.Write([]byte(strings.Repeat("word ", 200) + "\n"))
		}
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/image", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG\r\n"))
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestFetchReadsHTMLAndText(t *testing.T) {
	srv := fetchServer(t)
	a, err := Fetch(context.Background(), srv.URL+"/story")
	if err != nil {
		t.Fatalf("Fetch: %v", err)
	}
	if a.Title != "Ferry fares frozen for a year" || a.Path != srv.URL+"/story" {
		t.Errorf("title %q path %q", a.Title, a.Path)
	}
	if strings.Contains(a.Text, "Home") || !strings.Contains(a.Text, "Helen Moss") {
		t.Errorf("text = %q, want the article without the navigation", a.Text)
	}
	if a.Site == "" {
		t.Error("no site name")
	}

	a, err = Fetch(context.Background(), srv.URL+"/plain")
	if err != nil || !strings.HasPrefix(a.Title, "Council approves") {
		t.Errorf("plain text: %v, %+v", err, a)
	}
	if want := strings.TrimPrefix(strings.TrimPrefix(srv.URL, "http://"), "www."); !strings.HasPrefix(want, a.Site) {
		t.Errorf("site of a plain page = %q, want the host of %s", a.Site, srv.URL)
	}

	// A redirect is followed; the article keeps the final address.
	a, err = Fetch(context.Background(), srv.URL+"/moved")
	if err != nil || a.Path != srv.URL+"/story" {
		t.Errorf("redirect: %v, path %q", err, a.Path)
	}
}

func TestFetchRefusesWhatIsNotAWebPage(t *testing.T) {
	srv := fetchServer(t)
	cases := []struct {
		url  string
		want error
	}{
		{"file:///etc/passwd", errNotWebAddress},
		{"ftp://example.com/story.txt", errNotWebAddress},
		{srv.URL + "/to-file", errNotWebAddress},
		{srv.URL + "/missing", errHTTPStatus},
		{srv.URL + "/image", errUnsupported},
	}
	for _, c := range cases {
		_, err := Fetch(context.Background(), c.url)
		var le *Error
		if !errors.Is(err, c.want) || !errors.As(err, &le) {
			t.Errorf("Fetch(%s) = %v, want an Error wrapping %v", c.url, err, c.want)
		}
	}
	if _, err := Fetch(context.Background(), "not a url at all"); err == nil {
		t.Error("Fetch of a non-address succeeded")
	}
}

func TestFetchLimits(t *testing.T) {
	srv := fetchServer(t)
	f := &fetcher{maxSize: 50_000, timeout: 300 * time.Millisecond}
	if _, err := f.fetch(context.Background(), srv.URL+"/big"); !errors.Is(err, errTooLarge) {
		t.Errorf("big page: %v, want errTooLarge", err)
	}
	start := time.Now()
	_, err := f.fetch(context.Background(), srv.URL+"/slow")
	if !errors.Is(err, errTimeout) {
		t.Errorf("slow page: %v, want errTimeout", err)
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("timeout took %v", d)
	}
	// The caller can cancel too.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Fetch(ctx, srv.URL+"/story"); err == nil {
		t.Error("cancelled fetch succeeded")
	}
}
