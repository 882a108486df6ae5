package server

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

	api.Get("/ws", s.teamSocketAuth, s.serveSocket())

	api.Use(apiNotFound)
	app.Use(s.spa.serve)
}
