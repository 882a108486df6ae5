package server

import (
	"errors"
	"fmt"
	"slices"

	"github.com/gofiber/fiber/v2"
	"github.com/npsdesk/npsdesk/server/bot"
	"github.com/npsdesk/npsdesk/storage"
)

// frameNPSSettingsUpdated tells every team member's app that NPS was switched on or
// off (Send NPS appears or disappears) or its rules changed.
const frameNPSSettingsUpdated = "nps.settings_updated"

// npsSettingsView is Settings → Chats and messengers → NPS. CriticalValue, ScaleMin and
// Recipients are read from the bot's graph, a summary for the settings page: the graph
// is where they are changed.
type npsSettingsView struct {
	Enabled            bool   `json:"enabled"`
	BotID              uint64 `json:"bot_id"`
	AnswerTimeoutHours int    `json:"answer_timeout_hours"`
	CooldownDays       int    `json:"cooldown_days"`
	// CriticalValue is the value of the first condition on the score (null without one);
	// CriticalOperator its comparison ("lte" in the default bot: score ≤ value).
	CriticalValue    *float64 `json:"critical_value"`
	CriticalOperator string   `json:"critical_operator,omitempty"`
	// ScaleMin is where the survey's scale starts (0 or 1), from the first NPS question.
	ScaleMin *int `json:"scale_min,omitempty"`
	// Recipients are the users the bot's internal messages go to.
	Recipients []uint64 `json:"recipients"`
}

// viewNPSSettings adds the bot's summary to the stored settings.
func (s *Server) viewNPSSettings(st storage.NPSSettings) (npsSettingsView, error) {
	v := npsSettingsView{Enabled: st.Enabled, BotID: st.BotID, AnswerTimeoutHours: st.AnswerTimeoutHours,
		CooldownDays: st.CooldownDays, Recipients: []uint64{}}
	_, data, err := s.store.GetBot(st.BotID)
	if errors.Is(err, storage.ErrNotFound) {
		return v, nil
	}
	if err != nil {
		return v, err
	}
	if g, err := decodeGraph(data); err == nil {
		summariseBot(g, &v)
	}
	return v, nil
}

// summariseBot reads the critical value, the scale and the recipients from a graph.
func summariseBot(g bot.Graph, v *npsSettingsView) {
	for _, n := range g.Nodes {
		switch n.Type {
		case bot.TypeCondition:
			var d bot.ConditionData
			if v.CriticalValue == nil && bot.DecodeData(n, &d) == nil && d.Variable == "score" {
				value := d.Value
				v.CriticalValue, v.CriticalOperator = &value, d.Operator
			}
		case bot.TypeNPSQuestion:
			var d bot.NPSQuestionData
			if v.ScaleMin == nil && bot.DecodeData(n, &d) == nil {
				scaleMin := d.ScaleMin
				v.ScaleMin = &scaleMin
			}
		case bot.TypeInternalMessage:
			var d bot.InternalMessageData
			if bot.DecodeData(n, &d) == nil {
				for _, id := range d.UserIDs {
					if !slices.Contains(v.Recipients, id) {
						v.Recipients = append(v.Recipients, id)
					}
				}
			}
		}
	}
}

// getNPSSettings answers GET /settings/nps (any team member: the inbox needs to know
// whether to show Send NPS).
func (s *Server) getNPSSettings(c *fiber.Ctx) error {
	st, err := s.store.NPSSettings()
	if err != nil {
		return err
	}
	v, err := s.viewNPSSettings(st)
	if err != nil {
		return err
	}
	return c.JSON(v)
}

type npsSettingsRequest struct {
	Enabled            *bool `json:"enabled"`
	AnswerTimeoutHours *int  `json:"answer_timeout_hours"`
	CooldownDays       *int  `json:"cooldown_days"`
}

// updateNPSSettings answers PUT /settings/nps (administrators): the switch, the
// answer timeout and the cooldown; fields left out stay as they are.
func (s *Server) updateNPSSettings(c *fiber.Ctx) error {
	var req npsSettingsRequest
	if err := decodeBody(c, &req); err != nil {
		return err
	}
	f := fieldErrors{}
	if h := req.AnswerTimeoutHours; h != nil && (*h < 1 || *h > storage.MaxAnswerTimeoutHours) {
		f["answer_timeout_hours"] = fmt.Sprintf("must be a whole number from 1 to %d", storage.MaxAnswerTimeoutHours)
	}
	if d := req.CooldownDays; d != nil && (*d < 0 || *d > storage.MaxCooldownDays) {
		f["cooldown_days"] = fmt.Sprintf("must be a whole number from 0 to %d (0: off)", storage.MaxCooldownDays)
	}
	if err := f.err(); err != nil {
		return err
	}
	st, err := s.store.UpdateNPSSettings(func(st *storage.NPSSettings) {
		if req.Enabled != nil {
			st.Enabled = *req.Enabled
		}
		if req.AnswerTimeoutHours != nil {
			st.AnswerTimeoutHours = *req.AnswerTimeoutHours
		}
		if req.CooldownDays != nil {
			st.CooldownDays = *req.CooldownDays
		}
	})
	if err != nil {
		return err
	}
	v, err := s.viewNPSSettings(st)
	if err != nil {
		return err
	}
	s.hub.ToTeam(encodeFrame(frameNPSSettingsUpdated, v))
	return c.JSON(v)
}
