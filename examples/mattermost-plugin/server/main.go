// Command plugin is the server half of the chatwriter Mattermost plugin.
// Mattermost starts it as a subprocess and talks to it over RPC.
package main

import "github.com/mattermost/mattermost/server/public/plugin"

func main() {
	plugin.ClientMain(&Plugin{})
}
