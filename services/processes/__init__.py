"""Contamina's own services in the background: ingestion, the matcher and the web app, run and
watched by supervisord (`contamina services up | status | down | logs`).

supervisord is the process runner (restarts a crashed service, keeps each one's log); this
package only writes its configuration, from the settings, and asks it what runs. The services
inherit the environment of `contamina services up`, so `CONTAMINA_*` variables reach them.
"""
