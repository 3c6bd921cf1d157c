package load

// ErrNoArticle is errNoArticle, for the tests outside the package.
var ErrNoArticle = errNoArticle
