package console

// APIPatterns are the patterns of the API's routes, for tests.
func APIPatterns() []string {
	var out []string
	for _, r := range New(Deps{}, Options{}).api() {
		out = append(out, r.pattern)
	}
	return out
}
