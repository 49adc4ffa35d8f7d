# pattern: Flask-SQLAlchemy db.session.execute(text(sql)) with SQL assembled by a helper using str.format (hotosm/tasking-manager issue #1731 shape) — flaw at line 22
from flask import Blueprint, jsonify, request
from sqlalchemy import text

from ..extensions import db

stats_bp = Blueprint("stats", __name__)


def build_activity_sql(project_id, username):
    return (
        "SELECT action, action_date, task_id FROM task_history "
        "WHERE project_id = {pid} AND user_name = '{user}' "
        "ORDER BY action_date DESC LIMIT 100"
    ).format(pid=project_id, user=username)


@stats_bp.route("/projects/<int:project_id>/activity")
def user_activity(project_id):
    username = request.args.get("username", "")
    sql = build_activity_sql(project_id, username)
    result = db.session.execute(text(sql))
    return jsonify([dict(r._mapping) for r in result])
