package bot

import "encoding/json"

// Node ids of the default NPS bot, stable so "restore default" always yields
// the same document.
const (
	// DefaultStartID is the id of the default bot's start node.
	DefaultStartID = "start"
	// DefaultQuestionID is the id of the default bot's survey question.
	DefaultQuestionID = "nps_question"
	// DefaultConditionID is the id of the default bot's "score ≤ 6" condition.
	DefaultConditionID = "critical_score"
	// DefaultAlertID is the id of the default bot's internal message.
	DefaultAlertID = "critical_alert"
	// DefaultThanksID is the id of the default bot's thank-you message.
	DefaultThanksID = "thanks"
)

// DefaultCriticalScore is the default critical value: a score at or below it
// alerts the team (NPS detractors are 0 to 6).
const DefaultCriticalScore = 6

// defaultTexts are the texts of the default NPS bot in one language.
type defaultTexts struct {
	question, alert, thanks string
}

var (
	defaultTextsEN = defaultTexts{
		question: "How likely are you to recommend us to a friend or colleague? Please rate us from 0 to 10.",
		alert:    "Critical NPS score {{score}} from {{contact.name}} in conversation #{{conversation.id}}",
		thanks:   "Thank you for your rating!",
	}
	defaultTextsRU = defaultTexts{
		question: "Насколько вероятно, что вы порекомендуете нас другу или коллеге? Оцените от 0 до 10.",
		alert:    "Клиент {{contact.name}} поставил оценку {{score}} в разговоре №{{conversation.id}}",
		thanks:   "Спасибо за вашу оценку!",
	}
)

// DefaultNPSGraph returns the stock NPS bot in English: start → survey (0–10)
// → condition score ≤ 6; critical scores notify adminID, others get a
// thank-you message.
func DefaultNPSGraph(adminID uint64) Graph {
	return DefaultNPSGraphLang(adminID, "en")
}

// DefaultNPSGraphLang returns the stock NPS bot with texts in lang: "ru" (or
// a Russian locale such as "ru-RU") gives Russian texts, anything else
// English. The nodes are laid out top to bottom with the two branches side
// by side.
func DefaultNPSGraphLang(adminID uint64, lang string) Graph {
	t := defaultTextsEN
	if isRussian(lang) {
		t = defaultTextsRU
	}
	empty := json.RawMessage(`{}`)
	return Graph{
		Version: GraphVersion,
		Nodes: []Node{
			{ID: DefaultStartID, Type: TypeStart, Position: Position{X: 0, Y: 0}, Data: empty},
			{ID: DefaultQuestionID, Type: TypeNPSQuestion, Position: Position{X: 0, Y: 140},
				Data: rawData(NPSQuestionData{Text: t.question, ScaleMin: 0})},
			{ID: DefaultConditionID, Type: TypeCondition, Position: Position{X: 0, Y: 320},
				Data: rawData(ConditionData{Variable: "score", Operator: OpLTE, Value: DefaultCriticalScore})},
			{ID: DefaultAlertID, Type: TypeInternalMessage, Position: Position{X: -220, Y: 500},
				Data: rawData(InternalMessageData{UserIDs: []uint64{adminID}, Text: t.alert})},
			{ID: DefaultThanksID, Type: TypeMessage, Position: Position{X: 220, Y: 500},
				Data: rawData(MessageData{Text: t.thanks})},
		},
		Edges: []Edge{
			{ID: "e_start_question", Source: DefaultStartID, Target: DefaultQuestionID},
			{ID: "e_question_condition", Source: DefaultQuestionID, Target: DefaultConditionID},
			{ID: "e_condition_true", Source: DefaultConditionID, SourceHandle: HandleTrue, Target: DefaultAlertID},
			{ID: "e_condition_false", Source: DefaultConditionID, SourceHandle: HandleFalse, Target: DefaultThanksID},
		},
	}
}
