// pattern: Express controller module exporting (req, res) handlers, node-fetch avatar import from known hosts; flaw: line 23
const fetch = require('node-fetch');
const sharp = require('sharp');
const { saveAvatar } = require('../services/avatars');

const AVATAR_HOSTS = ['avatars.githubusercontent.com', 'lh3.googleusercontent.com', 'secure.gravatar.com'];

function isAllowedAvatarUrl(value) {
  try {
    const { protocol, hostname } = new URL(value);
    return protocol === 'https:' && AVATAR_HOSTS.includes(hostname);
  } catch (e) {
    return false;
  }
}

exports.importAvatar = async (req, res) => {
  const { avatarUrl } = req.body;
  if (!isAllowedAvatarUrl(avatarUrl)) {
    return res.status(400).json({ message: 'Unsupported avatar source' });
  }

  const response = await fetch(avatarUrl, { timeout: 10000 });
  if (!response.ok) {
    return res.status(502).json({ message: 'Could not download avatar' });
  }
  const buffer = await response.buffer();
  const resized = await sharp(buffer).resize(256, 256).png().toBuffer();
  const stored = await saveAvatar(req.user.id, resized);
  return res.status(201).json({ avatar: stored.url });
};
