package bot

import "strings"

// Render fills the placeholders of text from vars: "{{score}}",
// "{{ contact.name }}" (white space inside the braces is allowed) become the
// value of that name. A placeholder whose name is not in vars stays exactly
// as written, so a mistake shows instead of vanishing. Values are inserted
// as they are and never rendered again. Render never panics.
func Render(text string, vars map[string]string) string {
	return render(text, func(name string) (string, bool) {
		v, ok := vars[name]
		return v, ok
	})
}

// render is Render with a lookup function, so the engine can consult two
// maps without merging them.
func render(text string, lookup func(name string) (string, bool)) string {
	if !strings.Contains(text, "{{") {
		return text
	}
	var b strings.Builder
	b.Grow(len(text))
	for {
		open := strings.Index(text, "{{")
		if open < 0 {
			b.WriteString(text)
			return b.String()
		}
		name, size, ok := placeholder(text[open:])
		if ok {
			if v, found := lookup(name); found {
				b.WriteString(text[:open])
				b.WriteString(v)
				text = text[open+size:]
				continue
			}
		}
		// Not a known placeholder: keep its first brace and look again
		// from the next one, so "{{{score}}}" still fills the inner one.
		b.WriteString(text[:open+1])
		text = text[open+1:]
	}
}

// placeholder reads "{{ name }}" at the start of s and returns the name and
// the placeholder's length in bytes. Names hold ASCII letters, digits, '_',
// '.' and '-'.
func placeholder(s string) (name string, size int, ok bool) {
	i := len("{{")
	i += spaces(s[i:])
	start := i
	for i < len(s) && nameByte(s[i]) {
		i++
	}
	name = s[start:i]
	i += spaces(s[i:])
	if name == "" || !strings.HasPrefix(s[i:], "}}") {
		return "", 0, false
	}
	return name, i + len("}}"), true
}

// spaces counts the ASCII blanks at the start of s.
func spaces(s string) int {
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}

func nameByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
		c == '_' || c == '.' || c == '-'
}
