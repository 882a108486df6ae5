package server

import "github.com/npsdesk/npsdesk/storage"

// routes is the route table: every endpoint, read top to bottom. user and admin guard
// what needs a logged-in team member or an administrator.
func (s *Server) routes() {
	app := s.app
	app.Use(securityHeaders)

	api := app.Group("/api/v1")
	user, admin := s.requireUser, s.requireAdmin

	api.Get("/health", s.health)
	api.Get("/setup", s.setupStatus)
	api.Post("/setup", s.completeSetup)

	api.Post("/auth/login", s.login)
	api.Post("/auth/logout", user, s.logout)

	api.Get("/me", user, s.getMe)
	api.Patch("/me", user, s.updateMe)
	api.Post("/me/password", user, s.changePassword)

	api.Get("/users", user, s.listUsers)
	api.Post("/users", admin, s.createUser)
	api.Get("/users/:id", user, s.getUser)
	api.Patch("/users/:id", admin, s.updateUser)

	api.Get("/notifications", user, s.listNotifications)
	api.Post("/notifications/read-all", user, s.readAllNotifications)
	api.Post("/notifications/:id/read", user, s.readNotification)

	api.Get("/contacts", user, s.listContacts)
	api.Post("/contacts", user, s.createContact)
	api.Get("/contacts/:id", user, s.getContact)

	for _, card := range []struct{ path, kind string }{{"/deals", storage.CardDeal}, {"/customers", storage.CardCustomer}} {
		api.Get(card.path, user, s.listCards(card.kind))
		api.Post(card.path, user, s.createCard(card.kind))
		api.Get(card.path+"/:id", user, s.getCard(card.kind))
		api.Patch(card.path+"/:id", user, s.updateCard(card.kind))
	}

	api.Get("/channels", user, s.listChannels)
	api.Post("/channels", admin, s.createChannel)
	api.Patch("/channels/:id", admin, s.updateChannel)

	api.Get("/conversations", user, s.listConversations)
	api.Get("/conversations/:id", user, s.getConversation)
	api.Patch("/conversations/:id", user, s.updateConversation)
	api.Post("/conversations/:id/read", user, s.readConversation)
	api.Get("/conversations/:id/messages", user, s.listMessages)
	api.Post("/conversations/:id/messages", user, s.postMessage)
	api.Post("/conversations/:id/nps", user, s.sendNPS)

	api.Get("/settings/nps", user, s.getNPSSettings)
	api.Put("/settings/nps", admin, s.updateNPSSettings)
	api.Get("/bots", user, s.listBots)
	api.Get("/bots/:id", user, s.getBot)
	api.Put("/bots/:id", admin, s.updateBot)
	api.Post("/bots/:id/restore-default", admin, s.restoreDefaultBot)
	api.Get("/nps/stats", user, s.npsStats)
	api.Get("/nps/stats/by-user", user, s.npsStatsByUser)
	api.Get("/nps/ratings", user, s.listRatings)
	api.Get("/nps/trend", user, s.npsTrend)

	api.Get("/events", user, s.listEvents)
	api.Get("/dashboard", user, s.getDashboard)
	api.Post("/dashboard/widgets", user, s.addWidget)
	api.Patch("/dashboard/widgets/:id", user, s.renameWidget)
	api.Delete("/dashboard/widgets/:id", user, s.removeWidget)
	api.Get("/dashboard/widgets/:id/data", user, s.widgetData)
	api.Put("/dashboard/order", user, s.reorderWidgets)

	visitor := s.requireVisitor
	api.Get("/public/channels/:key", s.publicChannel)
	api.Post("/public/channels/:key/conversations", s.startPublicConversation)
	api.Get("/public/conversations/:id/messages", visitor, s.listPublicMessages)
	api.Post("/public/conversations/:id/messages", visitor, s.postPublicMessage)

	api.Get("/settings/webhook", admin, s.getWebhookSettings)
	api.Put("/settings/webhook", admin, s.updateWebhookSettings)
	api.Post("/settings/webhook/rotate-secret", admin, s.rotateWebhookSecret)
	api.Post("/settings/webhook/test", admin, s.testWebhook)
	api.Get("/settings/webhook/deliveries", admin, s.listWebhookDeliveries)

	api.Get("/admin/backup", admin, s.backup)

	api.Get("/ws", s.teamSocketAuth, s.serveSocket())
	api.Get("/public/ws", s.visitorSocketAuth, s.serveSocket())

	api.Use(apiNotFound)
	app.Use(s.spa.serve)
}
