// pattern: richardgirges/express-fileupload example/README (req.files.x.mv in a controller module); flaw at line 18
const path = require('path');
const User = require('../models/User');
const { AVATAR_DIR } = require('../config/storage');

exports.updateAvatar = async (req, res, next) => {
  try {
    if (!req.files || !req.files.avatar) {
      return res.status(400).json({ success: false, message: 'Please attach an avatar image' });
    }

    const avatar = req.files.avatar;
    if (avatar.size > 2 * 1024 * 1024) {
      return res.status(400).json({ success: false, message: 'Avatar must be smaller than 2MB' });
    }

    const savedName = `${req.user.id}_${avatar.name}`;
    await avatar.mv(path.join(AVATAR_DIR, savedName));

    const user = await User.findByIdAndUpdate(
      req.user.id,
      { avatar: `/static/avatars/${savedName}` },
      { new: true }
    );

    res.json({ success: true, data: { avatar: user.avatar } });
  } catch (err) {
    next(err);
  }
};
