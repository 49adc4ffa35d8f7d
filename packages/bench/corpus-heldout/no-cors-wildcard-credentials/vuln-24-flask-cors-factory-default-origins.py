# pattern: flask-cors CORS(app, supports_credentials=True) in an application factory (gucciwu/pcc-2019-nCoV api/__init__.py idiom); flaw: line 17
from flask import Flask
from flask_cors import CORS
from flask_login import LoginManager
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()
login_manager = LoginManager()


def create_app(config_object: str = "config.ProductionConfig") -> Flask:
    app = Flask(__name__)
    app.config.from_object(config_object)

    db.init_app(app)
    login_manager.init_app(app)
    CORS(app, supports_credentials=True)

    from .auth import auth_bp
    from .dashboard import dashboard_bp

    app.register_blueprint(auth_bp, url_prefix="/auth")
    app.register_blueprint(dashboard_bp, url_prefix="/api/dashboard")
    return app
