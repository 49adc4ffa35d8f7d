# pattern: flask-cors CORS(app, origins=[...], supports_credentials=True) in an application factory (Sthefanyso/blue-lotus-TCC api/run.py)
from flask import Flask
from flask_cors import CORS
from flask_login import LoginManager
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()
login_manager = LoginManager()

FRONTEND_ORIGINS = ["https://dashboard.example.com", "http://localhost:4200"]


def create_app(config_object: str = "config.ProductionConfig") -> Flask:
    app = Flask(__name__)
    app.config.from_object(config_object)

    db.init_app(app)
    login_manager.init_app(app)
    CORS(app, origins=FRONTEND_ORIGINS, supports_credentials=True)

    from .auth import auth_bp
    from .dashboard import dashboard_bp

    app.register_blueprint(auth_bp, url_prefix="/auth")
    app.register_blueprint(dashboard_bp, url_prefix="/api/dashboard")
    return app
