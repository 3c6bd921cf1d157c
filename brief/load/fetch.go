package brief

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// FetchTimeout is how long Fetch waits for a page, from the request to the
// last byte.
const FetchTimeout = 30 * time.Second

// Reasons an address cannot be fetched. The error Fetch returns is a
// *LoadError that wraps one of these (or a network error).
var (
	ErrNotWebAddress = errors.New("only http:// and https:// addresses can be opened")
	ErrHTTPStatus    = errors.New("the server did not return the page")
	ErrTimeout       = errors.New("the page took too long to arrive")
)

// Fetcher downloads articles from the web. The zero value is ready to use
// with the default limits.
type Fetcher struct {
	// Client makes the requests; nil uses a client with Timeout.
	Client *http.Client
	// MaxSize is the largest page accepted; 0 means MaxFileSize.
	MaxSize int64
	// Timeout bounds the whole download; 0 means FetchTimeout.
	Timeout time.Duration
}

// Fetch downloads the article at a web address with the default limits.
func Fetch(ctx context.Context, rawURL string) (*Article, error) {
	return (&Fetcher{}).Fetch(ctx, rawURL)
}

// Fetch downloads the page at rawURL and reads its article. Only http and
// https addresses are followed (redirects included), the page must arrive
// within the timeout and be no larger than the size limit, and it must be
// HTML, plain text or Markdown. The article's Path is the page's final
// address and its Site defaults to the host name.
func (f *Fetcher) Fetch(ctx context.Context, rawURL string) (*Article, error) {
	rawURL = strings.TrimSpace(rawURL)
	u, err := url.Parse(rawURL)
	if err == nil && u.Scheme != "" && u.Scheme != "http" && u.Scheme != "https" && strings.Contains(rawURL, ":/") {
		return nil, &LoadError{rawURL, ErrNotWebAddress}
	}
	if err != nil || u.Host == "" {
		if err == nil && u.Scheme == "" && !strings.Contains(rawURL, "://") && strings.Contains(rawURL, ".") {
			// "example.com/story" without a scheme: assume https.
			return f.Fetch(ctx, "https://"+rawURL)
		}
		return nil, &LoadError{rawURL, fmt.Errorf("%q is not a web address", rawURL)}
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, &LoadError{rawURL, ErrNotWebAddress}
	}
	maxSize := f.MaxSize
	if maxSize <= 0 {
		maxSize = MaxFileSize
	}
	timeout := f.Timeout
	if timeout <= 0 {
		timeout = FetchTimeout
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()

	client := http.Client{Timeout: timeout}
	if f.Client != nil {
		client = *f.Client
	}
	client.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
			return ErrNotWebAddress
		}
		if len(via) >= 10 {
			return errors.New("the page redirects too many times")
		}
		return nil
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, &LoadError{rawURL, err}
	}
	req.Header.Set("User-Agent", "Briefing/1 (+desktop news briefing app)")
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,text/markdown;q=0.9,*/*;q=0.1")
	resp, err := client.Do(req)
	if err != nil {
		return nil, &LoadError{rawURL, fetchReason(ctx, err)}
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, &LoadError{rawURL, fmt.Errorf("%w (%s)", ErrHTTPStatus, resp.Status)}
	}
	if resp.ContentLength > maxSize {
		return nil, &LoadError{rawURL, ErrTooLarge}
	}
	format, err := formatOfContentType(resp.Header.Get("Content-Type"))
	if err != nil {
		return nil, &LoadError{rawURL, err}
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxSize+1))
	if err != nil {
		return nil, &LoadError{rawURL, fetchReason(ctx, err)}
	}
	if int64(len(data)) > maxSize {
		return nil, &LoadError{rawURL, ErrTooLarge}
	}
	final := resp.Request.URL.String()
	a, err := Parse(final, data, format)
	if err != nil {
		return nil, err
	}
	if a.Site == "" {
		a.Site = strings.TrimPrefix(resp.Request.URL.Hostname(), "www.")
	}
	return a, nil
}

// formatOfContentType maps a Content-Type header to the format to read; an
// empty or generic type leaves the guess to the content.
func formatOfContentType(ct string) (Format, error) {
	if ct == "" {
		return "", nil
	}
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		return "", nil
	}
	switch {
	case mt == "text/html" || mt == "application/xhtml+xml":
		return FormatHTML, nil
	case mt == "text/markdown" || mt == "text/x-markdown":
		return FormatMarkdown, nil
	case mt == "text/plain":
		return "", nil // plain text is often HTML served carelessly: sniff it
	case mt == "application/octet-stream":
		return "", nil
	}
	return "", fmt.Errorf("%w (the page is %s)", ErrUnsupported, mt)
}

// fetchReason phrases a network error for the user.
func fetchReason(ctx context.Context, err error) error {
	if errors.Is(ctx.Err(), context.DeadlineExceeded) || errors.Is(err, context.DeadlineExceeded) {
		return ErrTimeout
	}
	if errors.Is(err, ErrNotWebAddress) {
		return ErrNotWebAddress
	}
	var ue *url.Error
	if errors.As(err, &ue) && ue.Timeout() {
		return ErrTimeout
	}
	return err
}
