"""`make loadtest`: simulated learners take a timed exam while a worker is killed and the server restarted."""
