# pattern: FastAPI WebSocket endpoint (fastapi docs advanced/websockets) authenticating a query-string token with PyJWT; flaw: line 19
import jwt
from fastapi import FastAPI, WebSocket, WebSocketDisconnect, status

from .hub import ChatHub
from .settings import settings

app = FastAPI()
hub = ChatHub()


@app.websocket("/ws/rooms/{room_id}")
async def room_socket(websocket: WebSocket, room_id: str):
    token = websocket.query_params.get("token")
    if not token:
        await websocket.close(code=status.WS_1008_POLICY_VIOLATION)
        return
    try:
        payload = jwt.decode(token, settings.jwt_secret, options={"verify_aud": False})
    except jwt.PyJWTError:
        await websocket.close(code=status.WS_1008_POLICY_VIOLATION)
        return
    await websocket.accept()
    member = await hub.join(room_id, user_id=payload["sub"], socket=websocket)
    try:
        while True:
            text = await websocket.receive_text()
            await hub.broadcast(room_id, {"from": member.user_id, "text": text})
    except WebSocketDisconnect:
        await hub.leave(room_id, member)
