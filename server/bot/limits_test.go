package bot

import (
	"encoding/json"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// TestLimitsFile keeps testdata/limits.json, which the constructor reads,
// equal to this package's constants.
func TestLimitsFile(t *testing.T) {
	t.Parallel()
	var got map[string]any
	readFixture(t, filepath.Join("testdata", "limits.json"), &got)
	want := map[string]any{
		"graph_version":           GraphVersion,
		"max_nodes":               MaxNodes,
		"max_edges":               MaxEdges,
		"max_id_length":           MaxIDLength,
		"max_text_length":         MaxTextLength,
		"max_buttons":             MaxButtons,
		"max_button_label_length": MaxButtonLabelLength,
		"max_button_value_length": MaxButtonValueLength,
		"max_recipients":          MaxRecipients,
		"min_pause_minutes":       MinPauseMinutes,
		"max_pause_minutes":       MaxPauseMinutes,
		"max_variable_length":     MaxVariableLength,
		"variable_pattern":        "^[a-z_][a-z0-9_]{0,31}$",
		"scale_max":               ScaleMax,
		"scale_mins":              []int{0, 1},
		"operators":               []string{OpLTE, OpLT, OpEQ, OpGTE, OpGT},
		"waiting_types":           []string{TypeNPSQuestion, TypeQuestion, TypePause},
		"node_types": []string{TypeStart, TypeMessage, TypeNPSQuestion, TypeQuestion, TypeCondition,
			TypeInternalMessage, TypePause, TypeStop},
	}
	// Round-trip want through JSON so numbers compare as float64 on both sides.
	b, err := json.Marshal(want)
	if err != nil {
		t.Fatal(err)
	}
	var wantJSON map[string]any
	if err := json.Unmarshal(b, &wantJSON); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, wantJSON) {
		t.Errorf("testdata/limits.json\n got %v\nwant %v", got, wantJSON)
	}
	for _, typ := range wantJSON["node_types"].([]any) {
		if !knownType(typ.(string)) {
			t.Errorf("%v is not a known type", typ)
		}
	}
	for _, typ := range wantJSON["waiting_types"].([]any) {
		if !waits(typ.(string)) {
			t.Errorf("%v does not wait", typ)
		}
	}
}

// TestValidVariable checks the hand-written matcher against the documented
// pattern.
func TestValidVariable(t *testing.T) {
	t.Parallel()
	pattern := regexp.MustCompile(`^[a-z_][a-z0-9_]{0,31}$`)
	for name, want := range map[string]bool{
		"score": true, "_": true, "comment_2": true, strings.Repeat("a", 32): true,
		"": false, "Score": false, "2x": false, "a-b": false, "a.b": false, "ä": false,
		strings.Repeat("a", 33): false, "a\n": false,
	} {
		if got := validVariable(name); got != want || pattern.MatchString(name) != want {
			t.Errorf("validVariable(%q) = %v, pattern %v, want %v", name, got, pattern.MatchString(name), want)
		}
	}
}
