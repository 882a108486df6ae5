package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
)

// outcome is a row's verdict.
type outcome string

const (
	pass    outcome = "pass"
	fail    outcome = "FAIL"
	skipped outcome = "skipped"
	info    outcome = "info"
)

// row is one line of the results table: one measured figure against one target.
type row struct {
	Scenario string
	Figure   string
	Baseline string
	Ratio    string
	Target   string
	Outcome  outcome
	// Why explains a failure or a skip.
	Why string
}

// table is the run's results, in scenario order.
type table struct {
	rows []row
}

func (t *table) add(r row) { t.rows = append(t.rows, r) }

// check adds a row whose verdict is ok, with why printed when it fails.
func (t *table) check(r row, ok bool, why string) {
	if ok {
		r.Outcome = pass
	} else {
		r.Outcome, r.Why = fail, why
	}
	t.add(r)
}

// skip adds a row that could not be measured, and says why.
func (t *table) skip(scenario, target, why string) {
	t.add(row{Scenario: scenario, Figure: "—", Baseline: "—", Ratio: "—", Target: target, Outcome: skipped, Why: why})
}

// failed lists the rows that missed their target.
func (t *table) failed() []row {
	var out []row
	for _, r := range t.rows {
		if r.Outcome == fail {
			out = append(out, r)
		}
	}
	return out
}

// print writes the table for a terminal.
func (t *table) print(w io.Writer) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "scenario\tfigure\tbaseline\tratio\ttarget\tresult")
	for _, r := range t.rows {
		res := string(r.Outcome)
		if r.Why != "" {
			res += ": " + r.Why
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", r.Scenario, r.Figure, r.Baseline, r.Ratio, r.Target, res)
	}
	tw.Flush()
}

// markdown renders the table for docs/benchmarks.md.
func (t *table) markdown() string {
	var b strings.Builder
	b.WriteString("| scenario | figure | baseline (same run) | ratio | target | result |\n")
	b.WriteString("|---|---|---|---|---|---|\n")
	for _, r := range t.rows {
		res := string(r.Outcome)
		if r.Outcome == pass {
			res = "**pass**"
		}
		if r.Why != "" {
			res += ": " + r.Why
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s |\n", cell(r.Scenario), cell(r.Figure), cell(r.Baseline), cell(r.Ratio), cell(r.Target), cell(res))
	}
	return b.String()
}

func cell(s string) string { return strings.ReplaceAll(s, "|", "\\|") }

// writeSection replaces the text between the begin and end markers of a section in the
// file at path (or appends the section with its markers), so a re-run replaces only its
// own table and keeps everything else a person wrote in the file.
func writeSection(path, name, body string) error {
	begin := "<!-- npsbench:" + name + ":begin -->"
	end := "<!-- npsbench:" + name + ":end -->"
	data, err := os.ReadFile(path)
	if err != nil && !os.IsNotExist(err) {
		return err
	}
	doc := string(data)
	block := begin + "\n" + body + end
	i, j := strings.Index(doc, begin), strings.Index(doc, end)
	switch {
	case i >= 0 && j > i:
		doc = doc[:i] + block + doc[j+len(end):]
	default:
		if doc != "" && !strings.HasSuffix(doc, "\n\n") {
			doc = strings.TrimRight(doc, "\n") + "\n\n"
		}
		doc += block + "\n"
	}
	return os.WriteFile(path, []byte(doc), 0o644)
}

// Formatting helpers for the table's cells.

func fmtDur(d float64) string { // d in milliseconds
	switch {
	case d < 1:
		return fmt.Sprintf("%.2f ms", d)
	case d < 10:
		return fmt.Sprintf("%.1f ms", d)
	default:
		return fmt.Sprintf("%.0f ms", d)
	}
}

func fmtRatio(r float64) string { return fmt.Sprintf("%.2f×", r) }

func fmtBytes(b float64) string {
	switch {
	case b >= 1<<20:
		return fmt.Sprintf("%.1f MiB", b/(1<<20))
	case b >= 1<<10:
		return fmt.Sprintf("%.1f KiB", b/(1<<10))
	default:
		return fmt.Sprintf("%.0f B", b)
	}
}

func fmtCount(n float64) string {
	s := fmt.Sprintf("%.0f", n)
	var out []byte
	for i := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, s[i])
	}
	return string(out)
}
