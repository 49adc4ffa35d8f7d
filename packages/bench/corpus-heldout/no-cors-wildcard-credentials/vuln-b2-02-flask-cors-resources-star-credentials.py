# pattern: flask-cors CORS(app, supports_credentials=True, resources={r'/api/*': {'origins': '*'}}) (gucciwu/pcc-2019-nCoV api/__init__.py, antoine186/LLMTester run_helper.py); flaw: line 14
from flask import Flask, jsonify, session
from flask_cors import CORS
from flask_login import LoginManager, current_user, login_required

from .models import db, User

app = Flask(__name__)
app.config.from_object("config.ProductionConfig")
db.init_app(app)

login_manager = LoginManager(app)

CORS(app, supports_credentials=True, resources={r"/api/*": {"origins": "*"}})


@login_manager.user_loader
def load_user(user_id):
    return User.query.get(int(user_id))


@app.route("/api/me")
@login_required
def me():
    return jsonify(id=current_user.id, email=current_user.email, plan=current_user.plan)


@app.route("/api/cart")
@login_required
def cart():
    return jsonify(items=session.get("cart", []))
