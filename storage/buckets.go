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
}

// Keys inside bucketMeta.
var (
	metaSchemaVersion = []byte("schema_version")
	metaSigningKey    = []byte("jwt_signing_key")
)
