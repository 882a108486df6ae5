package bot

import (
	"fmt"
	"strings"
)

// isRussian reports whether lang ("ru", "ru-RU", "RU") asks for Russian.
func isRussian(lang string) bool {
	return len(lang) >= 2 && strings.EqualFold(lang[:2], "ru") &&
		(len(lang) == 2 || lang[2] == '-' || lang[2] == '_')
}

// reaskScoreText is the polite re-ask after an answer that is not a score.
func reaskScoreText(lang string, min, max int) string {
	if isRussian(lang) {
		return fmt.Sprintf("Пожалуйста, ответьте числом от %d до %d.", min, max)
	}
	return fmt.Sprintf("Please reply with a number from %d to %d.", min, max)
}

// reaskTextText is the re-ask after an empty answer to a free-text question.
func reaskTextText(lang string) string {
	if isRussian(lang) {
		return "Пожалуйста, напишите ваш ответ."
	}
	return "Please type your answer."
}
