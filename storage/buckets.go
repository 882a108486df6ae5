package storage

// Every bucket the database holds. All of them are created by Open in one transaction,
// so no read ever has to handle a missing bucket.
var (
	// bucketMeta holds the schema version, the token signing key and one-off flags.
	bucketMeta = []byte("meta")
	// bucketUsers maps user id → User JSON.
	bucketUsers = []byte("users")
	// bucketUsersByEmail maps lower-cased email → user id.
	bucketUsersByEmail = []byte("users_by_email")
	// bucketSessions maps session id → Session JSON.
	bucketSessions = []byte("sessions")
	// bucketSessionsByUser maps user id|session id → nothing, to revoke all of a user's sessions.
	bucketSessionsByUser = []byte("sessions_by_user")
	// bucketNotifications maps user id|notification id → Notification JSON.
	bucketNotifications = []byte("notifications")
	// bucketNotificationUnread maps user id → count of unread notifications.
	bucketNotificationUnread = []byte("notification_unread")

	// bucketContacts maps contact id → Contact JSON.
	bucketContacts = []byte("contacts")
	// bucketCards maps card id → Card JSON (deals and customers share the id space).
	bucketCards = []byte("cards")
	// bucketCardsByType maps type|card id → nothing, to list deals or customers.
	bucketCardsByType = []byte("cards_by_type")
	// bucketChannels maps channel id → Channel JSON.
	bucketChannels = []byte("channels")
	// bucketChannelsByKey maps public key → channel id.
	bucketChannelsByKey = []byte("channels_by_key")
	// bucketConversations maps conversation id → Conversation JSON.
	bucketConversations = []byte("conversations")
	// bucketConversationsByActivity maps last-message unix nanos|conversation id →
	// nothing: the inbox, newest activity first.
	bucketConversationsByActivity = []byte("conversations_by_activity")
	// bucketMessages maps conversation id|message id → Message JSON.
	bucketMessages = []byte("messages")
	// bucketVisitorTokens maps sha256(visitor token) → conversation id.
	bucketVisitorTokens = []byte("visitor_tokens")
	// bucketEvents maps event id → Event JSON; ids grow with time.
	bucketEvents = []byte("events")
	// bucketEventsByType maps type|event id → nothing, for the events list's type filter.
	bucketEventsByType = []byte("events_by_type")
	// bucketEventCounters maps type|day|user id → count (user 0: everyone), so a widget
	// for any period reads one key per day.
	bucketEventCounters = []byte("event_counters")
	// bucketDashboards maps user id → Dashboard JSON: each user's own layout.
	bucketDashboards = []byte("dashboards")

	// bucketSettings maps a settings name ("nps") → its JSON.
	bucketSettings = []byte("settings")
	// bucketBots maps bot id → Bot JSON, which names its current version.
	bucketBots = []byte("bots")
	// bucketBotVersions maps bot id|version → graph JSON. Versions are never changed, so
	// a survey finishes on the graph it started with.
	bucketBotVersions = []byte("bot_versions")
	// bucketSurveys maps survey id → Survey JSON (with the engine's run state).
	bucketSurveys = []byte("surveys")
	// bucketSurveysByConversation maps conversation id|survey id → nothing: a
	// conversation's surveys, the latest last.
	bucketSurveysByConversation = []byte("surveys_by_conversation")
	// bucketSurveysActive maps conversation id → the survey id whose bot still runs
	// there, so the customer's next message finds it in one read.
	bucketSurveysActive = []byte("surveys_active")
	// bucketSurveysDue maps unix nanos|survey id → nothing: when the ticker must look at
	// a run (an answer deadline or the end of a pause).
	bucketSurveysDue = []byte("surveys_due")
	// bucketContactSurveyed maps contact id → unix nanos of the contact's latest survey,
	// for the cooldown.
	bucketContactSurveyed = []byte("contact_surveyed")
	// bucketRatings maps rating id → Rating JSON.
	bucketRatings = []byte("ratings")
	// bucketRatingsByTime maps unix nanos|rating id → nothing: ratings in a period.
	bucketRatingsByTime = []byte("ratings_by_time")
	// bucketRatingsByUser maps user id|unix nanos|rating id → nothing: one manager's
	// ratings in a period.
	bucketRatingsByUser = []byte("ratings_by_user")
	// bucketNPSCounters maps day(4)|user id(8)|score(1) → count (user 0: everyone), so
	// NPS for any period reads a few keys per day and never the ratings.
	bucketNPSCounters = []byte("nps_counters")
	// bucketSurveyCounters maps day(4)|user id(8)|outcome(1) → count of surveys sent
	// that day and, by the same sent day, answered or expired: the response rate.
	bucketSurveyCounters = []byte("nps_survey_counters")

	// bucketWebhookDeliveries maps delivery id → WebhookDelivery JSON: the outbox of the
	// outgoing webhook and the log of its recent deliveries; ids grow with time.
	bucketWebhookDeliveries = []byte("webhook_deliveries")
	// bucketWebhookDue maps unix nanos|delivery id → nothing: when a pending delivery's
	// next attempt is due, the delivery worker's work list.
	bucketWebhookDue = []byte("webhook_due")
)

// allBuckets lists the buckets Open creates. A feature that adds a bucket appends it here.
var allBuckets = [][]byte{
	bucketMeta,
	bucketUsers,
	bucketUsersByEmail,
	bucketSessions,
	bucketSessionsByUser,
	bucketNotifications,
	bucketNotificationUnread,
	bucketContacts,
	bucketCards,
	bucketCardsByType,
	bucketChannels,
	bucketChannelsByKey,
	bucketConversations,
	bucketConversationsByActivity,
	bucketMessages,
	bucketVisitorTokens,
	bucketEvents,
	bucketEventsByType,
	bucketEventCounters,
	bucketDashboards,
	bucketSettings,
	bucketBots,
	bucketBotVersions,
	bucketSurveys,
	bucketSurveysByConversation,
	bucketSurveysActive,
	bucketSurveysDue,
	bucketContactSurveyed,
	bucketRatings,
	bucketRatingsByTime,
	bucketRatingsByUser,
	bucketNPSCounters,
	bucketSurveyCounters,
	bucketWebhookDeliveries,
	bucketWebhookDue,
}

// Keys inside bucketMeta.
var (
	metaSchemaVersion = []byte("schema_version")
	metaSigningKey    = []byte("jwt_signing_key")
)
